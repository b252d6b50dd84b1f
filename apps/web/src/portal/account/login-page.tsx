import { Anchor, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { SignInName } from '../../shell/sign-in-name';
import { FormAlert, useFormErrors } from '../form-alert';
import { safeNext } from '../portal-links';
import { useRequesterSession, useSignedIn } from '../requester-session';
import { AccountCard } from './account-card';

export function LoginPage() {
  const { t } = useTranslation();
  const { slug, registration, directorySignIn } = useInstance();
  const session = useRequesterSession();
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/auth/login', { params: { path: { slug } }, body: { email, password } })),
    onSuccess: async (answer) => {
      await signedIn(answer.csrfToken);
      navigate(next, { replace: true });
    },
  });
  const errors = useFormErrors(login.error, ['email', 'password']);
  if (session.kind === 'requester' && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <AccountCard title={t('portal:login.title')}>
      <form onSubmit={submit}>
        <Stack>
          <FormAlert message={errors.form} />
          <SignInName directory={directorySignIn.requesters} emailLabel={t('portal:fields.email')} value={email} onChange={setEmail} error={errors.field('email')} />
          <PasswordInput label={t('portal:fields.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.field('password')} />
          <Button type="submit" loading={login.isPending}>
            {t('portal:login.submit')}
          </Button>
          <Group justify="space-between" gap="xs">
            <Anchor component={Link} to="/password-reset" size="sm">
              {t('portal:login.forgot')}
            </Anchor>
            {registration === 'open' && (
              <Anchor component={Link} to="/register" size="sm">
                {t('portal:register.link')}
              </Anchor>
            )}
          </Group>
        </Stack>
      </form>
    </AccountCard>
  );
}
