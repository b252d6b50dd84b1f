import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import { eventLine } from './event-line';
import type { Entry } from './ticket-model';

type Kind = 'message' | 'response' | 'internal' | 'restricted';

const LOOK: Record<Kind, { color: string; background?: string }> = {
  message: { color: 'gray' },
  response: { color: 'blue' },
  internal: { color: 'yellow', background: 'var(--mantine-color-yellow-0)' },
  restricted: { color: 'red', background: 'var(--mantine-color-red-0)' },
};

function kindOf(entry: Entry): Kind {
  if (entry.kind === 'note') return entry.visibility === 'restricted' ? 'restricted' : 'internal';
  return entry.kind === 'response' ? 'response' : 'message';
}

function Author({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return <>{entry.author.type === 'system' || !entry.author.name ? t('ticket:thread.system') : entry.author.name}</>;
}

function EventRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const line = eventLine(entry.event, entry.data, (kind) => t(`admin:values.kind.${kind}`, { defaultValue: kind }));
  const values: Record<string, string> = { ...line.values };
  for (const name of line.dates ?? []) values[name] = formatDateTime(values[name], locale);
  if (line.key === 'edited') values.field = t(`ticket:editedField.${values.field}`, { defaultValue: values.field });
  if (line.key === 'linked' || line.key === 'unlinked') values.kind = t(`ticket:linkKind.${values.kind}`, { defaultValue: values.kind });
  const who = entry.author.type === 'system' || !entry.author.name ? t('ticket:thread.system') : entry.author.name;
  return (
    <Text component="li" size="sm" c="dimmed" py={2} px="sm" style={{ listStyle: 'none', borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
      {t(`ticket:event.${line.key}`, { ...values, who })}
      {' · '}
      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, locale)}</time>
    </Text>
  );
}

function Deliveries({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (entry.deliveries.length === 0) return null;
  return (
    <List size="sm" spacing={2} aria-label={t('ticket:thread.deliveries')} listStyleType="none" pl={0}>
      {entry.deliveries.map((delivery, index) => (
        <List.Item key={`${delivery.address}-${index}`}>
          <Text size="sm" span c={delivery.status === 'failed' ? 'red.8' : undefined}>
            {t(`ticket:delivery.${delivery.status}`, { address: delivery.address, time: formatDateTime(delivery.sentAt, locale) })}
          </Text>
          {delivery.lastError && (
            <Text size="xs" c="dimmed" span>
              {' — '}
              {delivery.lastError}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

function EntryCard({ entry, reference }: { entry: Entry; reference: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useInstance();
  const kind = kindOf(entry);
  const look = LOOK[kind];
  const base = `/api/v1/t/${slug}/tickets/${encodeURIComponent(reference)}`;
  const mail = (entry.data as { mail?: { id?: string } }).mail;
  return (
    <Paper component="li" withBorder p="md" radius="md" bg={look.background} style={{ listStyle: 'none', borderLeft: `4px solid var(--mantine-color-${look.color}-6)` }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={700}>
              <Author entry={entry} />
            </Text>
            <Badge color={look.color} variant={kind === 'message' || kind === 'response' ? 'light' : 'filled'} c={kind === 'internal' ? 'dark' : undefined}>
              {t(`ticket:thread.kind.${kind}`)}
            </Badge>
            {entry.kind === 'message' && entry.visibility === 'internal' && <Badge variant="outline">{t('ticket:thread.automatic')}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, locale)}</time>
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.body}</Text>
        {entry.attachments.length > 0 && (
          <List size="sm" aria-label={t('ticket:thread.attachments')}>
            {entry.attachments.map((file) => (
              <List.Item key={file.id}>
                <Anchor href={`${base}/attachments/${file.id}`} download={file.filename}>
                  {file.filename}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  ({formatBytes(file.size, locale)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {mail?.id && (
          <Anchor href={`${base}/mail/${mail.id}`} size="sm">
            {t('ticket:thread.originalMail')}
          </Anchor>
        )}
        <Deliveries entry={entry} />
      </Stack>
    </Paper>
  );
}

// The whole thread, oldest first: messages, replies and notes as cards, events as short lines.
export function TicketThread({ entries, reference }: { entries: Entry[]; reference: string }) {
  const { t } = useTranslation();
  return (
    <Stack component="ol" gap="sm" p={0} m={0} aria-label={t('ticket:thread.title')}>
      {entries.map((entry) => (entry.kind === 'event' ? <EventRow key={entry.id} entry={entry} /> : <EntryCard key={entry.id} entry={entry} reference={reference} />))}
    </Stack>
  );
}
