import { Alert, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormAlert } from '../../portal/form-alert';
import { useInstance } from '../../shell/instance-context';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { ADMIN_KEY, adminRequest, useAdminObject } from './admin-data';
import { schemaOf } from './admin-schema';

type Settings = components['schemas']['AlertsResponse'];
type AlertRow = Settings['alerts'][number];
type NoticeRow = Settings['notices'][number];

// The groups an alert may go to, as the API's schema lists them.
const AUDIENCES = schemaOf('AlertChangeRequest').properties?.recipients?.items?.enum ?? [];

// /scp/admin/alerts: which alerts go to which agents, and which notices requesters get. Only
// what changed is sent.
export function AdminAlertsPage() {
  const { t } = useTranslation();
  const stored = useAdminObject<Settings>('alerts');
  if (stored.isPending) return <Loading />;
  if (stored.isError) return <LoadFailed />;
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t('admin:alerts.title')}</Title>
        <Text c="dimmed" mt="xs">
          {t('admin:alerts.intro')}
        </Text>
      </div>
      <AlertsForm stored={stored.data} />
    </Stack>
  );
}

function AlertsForm({ stored }: { stored: Settings }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const client = useQueryClient();
  const [alerts, setAlerts] = useState<AlertRow[]>(stored.alerts);
  const [notices, setNotices] = useState<NoticeRow[]>(stored.notices);
  const changedAlerts = alerts.filter((row, index) => JSON.stringify(row) !== JSON.stringify(stored.alerts[index]));
  const changedNotices = notices.filter((row, index) => row.enabled !== stored.notices[index]?.enabled);
  const save = useMutation({
    mutationFn: () =>
      adminRequest<Settings>(slug, 'PATCH', 'alerts', {
        alerts: changedAlerts.map(({ key, enabled, recipients }) => ({ key, enabled, recipients })),
        notices: changedNotices.map(({ key, enabled }) => ({ key, enabled })),
      }),
    onSuccess: (answer) => {
      client.setQueryData([ADMIN_KEY, 'alerts'], answer);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('admin:alerts.title')}>
      <Stack gap="md">
        <FormAlert message={save.error ? (problemText(save.error) ?? t('common:error.generic')) : null} />
        <Paper withBorder p="md" component="section" aria-labelledby="alerts-agents">
          <Stack gap="sm">
            <Title order={2} size="h3" id="alerts-agents">
              {t('admin:alerts.alerts')}
            </Title>
            {alerts.map((row, index) => {
              const name = t(`admin:mails.${row.key}`);
              const set = (next: Partial<AlertRow>) => setAlerts(alerts.map((old, at) => (at === index ? { ...old, ...next } : old)));
              return (
                <Stack key={row.key} gap={4}>
                  <Switch label={name} checked={row.enabled} onChange={(event) => set({ enabled: event.currentTarget.checked })} />
                  {row.enabled && (
                    <Checkbox.Group label={t('admin:alerts.recipients', { name })} value={row.recipients} onChange={(recipients) => set({ recipients: recipients as AlertRow['recipients'] })} ml="xl">
                      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4}>
                        {AUDIENCES.map((audience) => (
                          <Checkbox key={audience} size="xs" value={audience} label={t(`admin:alerts.audiences.${audience}`)} />
                        ))}
                      </SimpleGrid>
                    </Checkbox.Group>
                  )}
                </Stack>
              );
            })}
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="alerts-notices">
          <Stack gap="sm">
            <Title order={2} size="h3" id="alerts-notices">
              {t('admin:alerts.notices')}
            </Title>
            {notices.map((row, index) => (
              <Switch key={row.key} label={t(`admin:mails.${row.key}`)} checked={row.enabled} onChange={(event) => setNotices(notices.map((old, at) => (at === index ? { ...old, enabled: event.currentTarget.checked } : old)))} />
            ))}
          </Stack>
        </Paper>
        {save.isSuccess && (
          <Alert color="teal" role="status">
            {t('admin:form.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={changedAlerts.length + changedNotices.length === 0}>
            {t('admin:form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
