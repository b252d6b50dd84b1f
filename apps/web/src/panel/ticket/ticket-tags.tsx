import { Badge, Group, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { useInstance, useLocale } from '../../shell/instance-context';
import { problemText } from './problem-text';
import type { Ticket } from './ticket-model';
import { useTicketWriter } from './ticket-writer';

// The ticket's tags: agents who may edit the ticket add them (completed from the instance's
// tags) and remove them; each change is one write against the version on screen.
export function TicketTags({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const writer = useTicketWriter();
  const [search, setSearch] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = ticket.actions.includes('edit');
  const prefix = search.trim().toLowerCase();
  const suggestions = useQuery({
    queryKey: ['tags', prefix],
    queryFn: () => data(api.GET('/api/v1/t/{slug}/tags', { params: { path: { slug }, query: { prefix, limit: 10 } } })),
    enabled: editable,
    staleTime: 30_000,
  });
  const reference = ticket.reference;
  const params = (ifMatch: string) => ({ path: { slug, reference }, header: { 'If-Match': ifMatch } });

  const change = async (next: string[]) => {
    const wanted = next.map((tag) => tag.trim().toLowerCase()).filter(Boolean);
    const added = wanted.filter((tag) => !ticket.tags.includes(tag));
    const removed = ticket.tags.filter((tag) => !wanted.includes(tag));
    if (added.length === 0 && removed.length === 0) return;
    setBusy(true);
    setProblem(null);
    try {
      if (added.length > 0) {
        await writer.perform(t('ticket:tags.add'), (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/tags', { params: params(ifMatch), body: { tags: added } })));
      }
      for (const tag of removed) {
        await writer.perform(t('ticket:tags.remove'), (ifMatch) =>
          data(api.DELETE('/api/v1/t/{slug}/tickets/{reference}/tags/{tag}', { params: { ...params(ifMatch), path: { slug, reference, tag } } })),
        );
      }
      setSearch('');
    } catch (error) {
      setProblem(problemText(error, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="tags-title">
      <Title order={2} size="h4" id="tags-title">
        {t('ticket:tags.title')}
      </Title>
      {editable ? (
        <TagsInput
          label={t('ticket:tags.label')}
          description={t('ticket:tags.hint')}
          placeholder={ticket.tags.length === 0 ? t('ticket:tags.placeholder') : undefined}
          value={ticket.tags}
          onChange={(next) => void change(next)}
          searchValue={search}
          onSearchChange={setSearch}
          data={(suggestions.data ?? []).map((tag) => tag.name).filter((name) => !ticket.tags.includes(name))}
          splitChars={[',', ' ']}
          clearable={false}
          disabled={busy}
          error={problem}
          maxTags={50}
        />
      ) : ticket.tags.length > 0 ? (
        <Group gap="xs">
          {ticket.tags.map((tag) => (
            <Badge key={tag} variant="light">
              {tag}
            </Badge>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ticket:facts.none')}
        </Text>
      )}
    </Stack>
  );
}
