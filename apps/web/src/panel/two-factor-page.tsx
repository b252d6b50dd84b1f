import { Alert, Badge, Button, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { problemText } from '../api/problem';
import { useInstance } from '../shell/instance-context';
import { EnrolmentSecret, RecoveryCodes } from './login-page';

const STATUS_KEY = ['staff', 'two-factor'] as const;

// The agent's own second factor: set it up (QR code, then a code; the recovery codes shown
// once), or switch it off with a code.
export function TwoFactorPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const client = useQueryClient();
  const path = { params: { path: { slug } } };
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => data(api.GET('/api/v1/t/{slug}/auth/two-factor', path)) });
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: STATUS_KEY });
  const start = useMutation({ mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/two-factor/enrolment', path)) });
  const confirm = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/two-factor/enrolment/confirm', { ...path, body: { code } })),
    onSuccess: async (result) => {
      setCodes(result.recoveryCodes);
      setCode('');
      start.reset();
      await refresh();
    },
  });
  const disable = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/two-factor/disable', { ...path, body: { code } })),
    onSuccess: async () => {
      setCode('');
      await refresh();
    },
  });
  const renew = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/auth/two-factor/recovery-codes', { ...path, body: { code } })),
    onSuccess: async (result) => {
      setCodes(result.recoveryCodes);
      setCode('');
      await refresh();
    },
  });
  const error = start.error ?? confirm.error ?? disable.error ?? renew.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Enter never turns it off: that takes its own button.
    if (status.data?.enabled) renew.mutate();
    else if (start.data) confirm.mutate();
    else start.mutate();
  };
  return (
    <Container size={560} py="md">
      <Title order={1} mb="md">
        {t('panel:twoFactor.pageTitle')}
      </Title>
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      ) : (
        status.data && (
          <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit}>
            <Stack>
              <Group>
                <Text fw={500}>{t('panel:twoFactor.state')}</Text>
                <Badge color={status.data.enabled ? 'green' : 'gray'}>{status.data.enabled ? t('panel:twoFactor.on') : t('panel:twoFactor.off')}</Badge>
              </Group>
              {error && (
                <Alert color="red" role="alert">
                  {problemText(error) ?? t('common:error.generic')}
                </Alert>
              )}
              {status.data.enabled ? (
                <>
                  <Text size="sm">{t('panel:twoFactor.recoveryLeft', { count: status.data.recoveryCodesLeft })}</Text>
                  {status.data.required && <Text size="sm">{t('panel:twoFactor.requiredNote')}</Text>}
                  <TextInput label={t('panel:twoFactor.code')} autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
                  <Group>
                    <Button type="submit" variant="default" loading={renew.isPending}>
                      {t('panel:twoFactor.renew')}
                    </Button>
                    {!status.data.required && (
                      <Button type="button" color="red" variant="light" loading={disable.isPending} onClick={() => disable.mutate()}>
                        {t('panel:twoFactor.disable')}
                      </Button>
                    )}
                  </Group>
                </>
              ) : start.data ? (
                <>
                  <EnrolmentSecret enrolment={start.data} />
                  <TextInput label={t('panel:twoFactor.code')} autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
                  <Button type="submit" loading={confirm.isPending}>
                    {t('panel:twoFactor.confirm')}
                  </Button>
                </>
              ) : (
                <>
                  <Text size="sm">{t('panel:twoFactor.intro')}</Text>
                  <Button type="submit" loading={start.isPending}>
                    {t('panel:twoFactor.start')}
                  </Button>
                </>
              )}
            </Stack>
          </Paper>
        )
      )}
    </Container>
  );
}
