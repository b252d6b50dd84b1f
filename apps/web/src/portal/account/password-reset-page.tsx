import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem } from '../../api/problem';
import { useInstance } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { AccountCard } from './account-card';
import { LinkProblem } from './link-problem';
import { NewPasswordInput } from './new-password-input';

// /password-reset asks for the mail; /password-reset?token= (its link) sets the new password.
export function PasswordResetPage() {
  const token = useSearchParams()[0].get('token');
  return token ? <ChoosePassword token={token} /> : <RequestReset />;
}

function RequestReset() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/auth/password-reset/request', { params: { path: { slug } }, body: { email } })),
  });
  const errors = useFormErrors(request.error, ['email']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <AccountCard title={t('portal:reset.requestTitle')}>
      {request.isSuccess ? (
        <Alert color="teal" role="status">
          {t('portal:reset.sent', { email })}
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">{t('portal:reset.requestText')}</Text>
            <FormAlert message={errors.form} />
            <TextInput label={t('portal:fields.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.field('email')} />
            <Button type="submit" loading={request.isPending}>
              {t('portal:reset.requestSubmit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('portal:register.haveAccount')}
      </Anchor>
    </AccountCard>
  );
}

function ChoosePassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [password, setPassword] = useState('');
  const confirm = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/auth/password-reset/confirm', { params: { path: { slug } }, body: { token, password } })),
  });
  const errors = useFormErrors(confirm.error, ['password']);
  if (confirm.isSuccess) {
    return (
      <AccountCard title={t('portal:reset.doneTitle')}>
        <Text role="status">{t('portal:reset.done')}</Text>
        <Button component={Link} to="/login">
          {t('portal:menu.signIn')}
        </Button>
      </AccountCard>
    );
  }
  const spent = isProblem(confirm.error) && confirm.error.code.startsWith('requester.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };
  return (
    <AccountCard title={t('portal:reset.chooseTitle')}>
      {spent ? (
        <LinkProblem error={confirm.error} />
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <NewPasswordInput value={password} onChange={setPassword} error={errors.field('password')} />
            <Button type="submit" loading={confirm.isPending}>
              {t('portal:reset.chooseSubmit')}
            </Button>
          </Stack>
        </form>
      )}
    </AccountCard>
  );
}
