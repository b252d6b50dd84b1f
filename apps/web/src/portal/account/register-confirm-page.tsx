import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { LoadingPage } from '../../shell/loading-page';
import { useSignedIn } from '../requester-session';
import { AccountCard } from './account-card';
import { LinkProblem } from './link-problem';

// The link of the registration mail: confirms the address, and signs the requester in.
export function RegisterConfirmPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const token = useSearchParams()[0].get('token') ?? '';
  const signedIn = useSignedIn();
  const confirm = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/auth/register/confirm', { params: { path: { slug } }, body: { token } })),
    onSuccess: (answer) => signedIn(answer.csrfToken),
  });
  const started = useRef(false);
  useEffect(() => {
    // A link works once: confirm it once, whatever renders again.
    if (started.current) return;
    started.current = true;
    confirm.mutate();
  }, [confirm]);
  if (confirm.isError) {
    return (
      <AccountCard title={t('portal:confirm.failedTitle')}>
        <LinkProblem error={confirm.error} />
      </AccountCard>
    );
  }
  if (!confirm.isSuccess) return <LoadingPage />;
  return (
    <AccountCard title={t('portal:confirm.title')}>
      <Text>{t('portal:confirm.text', { name: confirm.data.requester.name })}</Text>
      <Group>
        <Button component={Link} to="/tickets">
          {t('portal:menu.myTickets')}
        </Button>
        <Button component={Link} to="/" variant="default">
          {t('portal:menu.newTicket')}
        </Button>
      </Group>
    </AccountCard>
  );
}
