import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem } from '../../api/problem';
import { useInstance } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { useSignedIn } from '../requester-session';
import { AccountCard } from './account-card';
import { LinkProblem } from './link-problem';
import { NewPasswordInput } from './new-password-input';

// The link of an invitation: choose a password, and be signed in.
export function InvitationPage() {
  const { t } = useTranslation();
  const { slug, name } = useInstance();
  const token = useSearchParams()[0].get('token') ?? '';
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const accept = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/invitation/accept', { params: { path: { slug } }, body: { token, password } })),
    onSuccess: async (answer) => {
      await signedIn(answer.csrfToken);
      navigate('/tickets', { replace: true });
    },
  });
  const errors = useFormErrors(accept.error, ['password']);
  const linkFailed = isProblem(accept.error) && accept.error.code.startsWith('requester.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };
  return (
    <AccountCard title={t('portal:invitation.title')}>
      {linkFailed ? (
        <LinkProblem error={accept.error} />
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">{t('portal:invitation.text', { instance: name })}</Text>
            <FormAlert message={errors.form} />
            <NewPasswordInput value={password} onChange={setPassword} error={errors.field('password')} />
            <Button type="submit" loading={accept.isPending}>
              {t('portal:invitation.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AccountCard>
  );
}
