import { Alert, Button, Container, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { isProblem, problemText } from '../api/problem';
import { setCsrfToken } from '../api/session';
import { useInstance } from '../shell/instance-context';
import { STAFF_ME_KEY } from './staff-session';

// The agents' sign-in, in the page the agent asked for: once signed in, that page opens.
export function LoginPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/login', { params: { path: { slug } }, body: { email, password } })),
    onSuccess: async (session) => {
      setCsrfToken('staff', session.csrfToken);
      await client.invalidateQueries({ queryKey: STAFF_ME_KEY });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  const problem = login.error;
  const message = !problem
    ? null
    : isProblem(problem, 'auth.invalid-credentials')
      ? t('panel:login.invalid')
      : isProblem(problem, 'auth.rate-limited')
        ? t('panel:login.rate-limited')
        : (problemText(problem) ?? t('common:error.generic'));
  return (
    <Container size={420} py="xl" component="main">
      <Title order={1} ta="center" mb="lg">
        {t('panel:login.title')}
      </Title>
      <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit}>
        <Stack>
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <TextInput label={t('panel:login.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label={t('panel:login.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Button type="submit" loading={login.isPending}>
            {t('panel:login.submit')}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
