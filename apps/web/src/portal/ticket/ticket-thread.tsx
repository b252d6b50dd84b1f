import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import type { ThreadEntry } from './ticket-query';

// What an event says, by the label requesters see; the API sends the public events only.
function eventText(entry: ThreadEntry, t: TFunction): string {
  const details = entry.details ?? {};
  const who = entry.author?.name ?? t('portal:thread.someone');
  switch (entry.event) {
    case 'created':
      return t('portal:thread.event.created', { name: who });
    case 'status':
      return t('portal:thread.event.status', { from: details.from ?? '', to: details.to ?? '' });
    case 'reopened':
      return t('portal:thread.event.reopened', { name: who });
    case 'collaborator_added':
      return t('portal:thread.event.collaboratorAdded', { names: (details.names ?? []).join(', ') });
    case 'collaborator_removed':
      return t('portal:thread.event.collaboratorRemoved', { names: (details.names ?? []).join(', ') });
    case 'rated':
      return t('portal:thread.event.rated', { name: who, rating: details.rating ?? '' });
    default:
      return t('portal:thread.event.other');
  }
}

function Time({ value }: { value: string }) {
  const locale = useLocale();
  return (
    <Text component="time" dateTime={value} size="sm" c="dimmed">
      {formatDateTime(value, locale)}
    </Text>
  );
}

function Attachments({ reference, entry }: { reference: string; entry: ThreadEntry }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const files = entry.attachments.filter((file) => !file.isInline);
  if (files.length === 0) return null;
  return (
    <List size="sm" spacing={4} aria-label={t('portal:thread.attachments')}>
      {files.map((file) => (
        <List.Item key={file.id}>
          <Anchor href={`/api/v1/t/${encodeURIComponent(slug)}/portal/tickets/${encodeURIComponent(reference)}/attachments/${file.id}`} download={file.filename}>
            {file.filename}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({formatBytes(file.size, locale)})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

// The public thread, oldest first: messages and responses as cards, events as one line each.
export function TicketThread({ reference, thread }: { reference: string; thread: ThreadEntry[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {thread.map((entry) =>
        entry.kind === 'event' ? (
          <Group component="li" key={entry.id} gap="xs" px="sm" wrap="wrap">
            <Text size="sm" c="dimmed">
              {eventText(entry, t)}
            </Text>
            <Text span size="sm" c="dimmed" aria-hidden>
              ·
            </Text>
            <Time value={entry.createdAt} />
          </Group>
        ) : (
          <Paper
            component="li"
            key={entry.id}
            withBorder
            p="md"
            radius="md"
            bg={entry.kind === 'response' ? 'var(--mantine-color-blue-light)' : undefined}
            style={entry.kind === 'response' ? { borderLeft: '4px solid var(--mantine-color-blue-7)' } : undefined}
          >
            <Group justify="space-between" gap="xs" mb="xs">
              <Group gap="xs">
                <Text fw={600}>{entry.author?.name ?? t('portal:thread.someone')}</Text>
                {entry.kind === 'response' && (
                  <Badge variant="filled" color="blue.8" tt="none" size="sm">
                    {t('portal:thread.staff')}
                  </Badge>
                )}
              </Group>
              <Time value={entry.createdAt} />
            </Group>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.body}</Text>
            <Attachments reference={reference} entry={entry} />
          </Paper>
        ),
      )}
    </Stack>
  );
}
