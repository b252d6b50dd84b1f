import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadFailed } from '../../shell/loading-page';
import { useParams, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { formatNumber } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import { StatusPage } from '../../shell/status-page';
import { ListControls } from './list-controls';
import { DEFAULT_QUEUE, defaultState, isQueue, readState, ticketQuery, writeState, type ListState } from './queue-state';
import { TicketTable } from './ticket-table';
import { ViewActions } from './view-actions';

// A queue: /scp/ (every ticket) and /scp/queues/{queue}, filtered, sorted and with the columns
// the search parameters say.
export function QueuePage() {
  const { queue = DEFAULT_QUEUE } = useParams();
  const { t } = useTranslation();
  const base = useMemo(() => (isQueue(queue) ? defaultState(queue) : null), [queue]);
  if (!base) return <StatusPage kind="page-not-found" home="/scp/" />;
  return <TicketList key={base.queue} base={base} title={t(`panel:queues.${base.queue}`)} actions={(state) => <ViewActions state={state} />} />;
}

// The list itself, for a queue or a saved view (`base`), and what the agent changed since.
export function TicketList({ base, title, withQueue = false, actions }: { base: ListState; title: string; withQueue?: boolean; actions?: (state: ListState) => ReactNode }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const state = readState(base, params);
  const query = ticketQuery(state);
  const [selection, setSelection] = useState<{ key: string; ids: Set<string> }>({ key: '', ids: new Set() });
  const key = JSON.stringify(query);
  // A new list starts with nothing selected.
  const selected = selection.key === key ? selection.ids : new Set<string>();
  const list = useInfiniteQuery({
    queryKey: ['tickets', 'list', query],
    queryFn: ({ pageParam }) => data(api.GET('/api/v1/t/{slug}/tickets', { params: { path: { slug }, query: ticketQuery(state, pageParam) } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const change = (next: ListState) => setParams(writeState(next, { withQueue }));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{title}</Title>
        {actions?.(state)}
      </Group>
      <ListControls state={state} onChange={change} />
      <Text id="queue-keys" size="xs" c="dimmed">
        {t('panel:list.keys')}
      </Text>
      <Group gap="sm" mih={24}>
        <Text size="sm" role="status">
          {selected.size > 0 ? t('panel:list.selected', { count: selected.size, number: formatNumber(selected.size, locale) }) : ''}
        </Text>
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadFailed />
      ) : rows.length === 0 ? (
        <Text c="dimmed" py="lg">
          {t('panel:list.empty')}
        </Text>
      ) : (
        <>
          <TicketTable rows={rows} columns={state.columns} selected={selected} onSelect={(ids) => setSelection({ key, ids })} />
          {list.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('panel:list.more')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
