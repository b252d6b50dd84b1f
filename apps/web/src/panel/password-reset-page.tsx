import { Alert, Anchor, Button, Container, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, data } from '../api/client';
import { problemText } from '../api/problem';
import { useInstance } from '../shell/instance-context';

// Where the mailed link leads: a new password for the agent, once; every session then ends.
export function PasswordResetPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const confirm = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/password-reset/confirm', { params: { path: { slug } }, body: { token, password } })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };
  return (
    <Container size={460} py="xl" component="main">
      <Title order={1} ta="center" mb="lg">
        {t('panel:reset.title')}
      </Title>
      <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit}>
        <Stack>
          {confirm.error && (
            <Alert color="red" role="alert">
              {problemText(confirm.error) ?? t('common:error.generic')}
            </Alert>
          )}
          {confirm.isSuccess ? (
            <Alert color="green" role="status">
              {t('panel:reset.done')}
            </Alert>
          ) : (
            <>
              <PasswordInput label={t('panel:reset.newPassword')} description={t('panel:reset.policy')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
              <Button type="submit" loading={confirm.isPending}>
                {t('panel:reset.submit')}
              </Button>
            </>
          )}
          <Anchor component={Link} to="/scp/" size="sm">
            {t('panel:reset.toSignIn')}
          </Anchor>
        </Stack>
      </Paper>
    </Container>
  );
}
