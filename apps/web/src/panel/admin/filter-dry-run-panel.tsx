import { Alert, Button, Group, List, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem';
import type { components } from '../../api/schema';
import { useInstance } from '../../shell/instance-context';
import { adminRequest } from './admin-data';

type DryRun = components['schemas']['TicketFilterDryRunResponse'];
type DryRunRequest = components['schemas']['TicketFilterDryRunRequest'];
type Channel = NonNullable<NonNullable<DryRunRequest['message']>['channel']>;

const CHANNELS = ['mail', 'portal', 'agent', 'api'] as const;

// The filters' dry run: a sample message (or a ticket's reference) in, what the active filters
// would do out. It changes nothing, so it may be tried freely.
export function FilterDryRunPanel() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [sample, setSample] = useState({ from: '', name: '', subject: '', body: '', channel: 'mail', reference: '' });
  const set = (field: keyof typeof sample) => (value: string) => setSample((before) => ({ ...before, [field]: value }));
  const run = useMutation({ mutationFn: (body: DryRunRequest) => adminRequest<DryRun>(slug, 'POST', 'filters/dry-run', body) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reference = sample.reference.trim();
    run.mutate(
      reference
        ? { reference }
        : {
            message: {
              from: { address: sample.from.trim(), name: sample.name.trim() || null },
              subject: sample.subject,
              body: sample.body,
              channel: sample.channel as Channel,
            },
          },
    );
  };
  const result = run.data;
  return (
    <Stack gap="sm" mt="lg" component="section" aria-labelledby="filter-dry-run-title">
      <Title order={2} size="h3" id="filter-dry-run-title">
        {t('admin:dryRun.title')}
      </Title>
      <Text size="sm">{t('admin:dryRun.intro')}</Text>
      <form onSubmit={submit} noValidate aria-label={t('admin:dryRun.title')}>
        <Stack gap="sm" maw={640}>
          <Group grow align="flex-start">
            <TextInput label={t('admin:dryRun.from')} type="email" value={sample.from} onChange={(e) => set('from')(e.currentTarget.value)} />
            <TextInput label={t('admin:dryRun.name')} value={sample.name} onChange={(e) => set('name')(e.currentTarget.value)} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('admin:dryRun.subject')} value={sample.subject} onChange={(e) => set('subject')(e.currentTarget.value)} />
            <Select
              label={t('admin:dryRun.channel')}
              data={CHANNELS.map((channel) => ({ value: channel, label: t(`admin:dryRun.channels.${channel}`) }))}
              value={sample.channel}
              onChange={(value) => set('channel')(value ?? 'mail')}
              allowDeselect={false}
            />
          </Group>
          <Textarea label={t('admin:dryRun.body')} autosize minRows={2} value={sample.body} onChange={(e) => set('body')(e.currentTarget.value)} />
          <TextInput label={t('admin:dryRun.reference')} value={sample.reference} onChange={(e) => set('reference')(e.currentTarget.value)} />
          <Group>
            <Button type="submit" loading={run.isPending}>
              {t('admin:dryRun.run')}
            </Button>
          </Group>
        </Stack>
      </form>
      {run.error && (
        <Alert color="red" role="alert">
          {problemText(run.error) ?? t('common:error.generic')}
        </Alert>
      )}
      {result && <DryRunResult result={result} />}
    </Stack>
  );
}

function DryRunResult({ result }: { result: DryRun }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      {result.rejectedBy && (
        <Alert color="orange" variant="light">
          {t('admin:dryRun.rejected', { name: result.rejectedBy })}
        </Alert>
      )}
      {result.matched.length === 0 ? (
        <Text>{t('admin:dryRun.none')}</Text>
      ) : (
        <>
          <Text fw={600}>{t('admin:dryRun.matched')}</Text>
          <List type="ordered" spacing={4}>
            {result.matched.map((filter) => (
              <List.Item key={filter.filterId}>
                <Text span fw={600}>
                  {filter.name}
                </Text>
                <List withPadding spacing={2}>
                  {filter.actions.map((action, index) => (
                    <List.Item key={index}>
                      {t(`admin:values.kind.${action.kind}`)}
                      {action.target ? `: ${action.target}` : action.value && action.kind === 'add-collaborators' ? `: ${action.value}` : ''}
                      {action.skipped && ` ${t('admin:dryRun.skipped')}`}
                    </List.Item>
                  ))}
                </List>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
