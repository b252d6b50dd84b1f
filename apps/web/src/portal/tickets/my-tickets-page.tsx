import { Alert, Anchor, Button, Container, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem, problemText } from '../../api/problem';
import { formatDateTime } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import { LoadingPage } from '../../shell/loading-page';
import { ticketPath } from '../portal-links';
import { useRequesterSession } from '../requester-session';
import { SignInPrompt } from '../sign-in-prompt';
import { StatusBadge } from '../status-badge';

type Filter = 'open' | 'closed' | 'all';
const FILTERS: readonly Filter[] = ['open', 'closed', 'all'];
const PAGE_SIZE = 20;
const EMPTY: Record<Filter, string> = { open: 'portal:tickets.empty.open', closed: 'portal:tickets.empty.closed', all: 'portal:tickets.empty.all' };

function isFilter(value: string | null): value is Filter {
  return (FILTERS as readonly string[]).includes(value ?? '');
}

// My tickets: those I opened or am copied on, and my organizations' where they share them;
// newest activity first (the order the portal offers), a page at a time.
export function MyTicketsPage() {
  const { t } = useTranslation();
  const session = useRequesterSession();
  const [params, setParams] = useSearchParams();
  const state = params.get('state');
  const filter: Filter = isFilter(state) ? state : 'open';
  if (session.kind === 'anonymous') return <SignInPrompt title={t('portal:tickets.title')} text={t('portal:tickets.signInText')} />;
  return (
    <Container size="md" py="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={1}>{t('portal:tickets.title')}</Title>
          {session.kind === 'requester' && (
            <Button component={Link} to="/" size="sm">
              {t('portal:menu.newTicket')}
            </Button>
          )}
        </Group>
        <Tabs value={filter} onChange={(value) => setParams(value && value !== 'open' ? { state: value } : {}, { replace: true })} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="open">{t('portal:tickets.filter.open')}</Tabs.Tab>
            <Tabs.Tab value="closed">{t('portal:tickets.filter.closed')}</Tabs.Tab>
            <Tabs.Tab value="all">{t('portal:tickets.filter.all')}</Tabs.Tab>
          </Tabs.List>
          {FILTERS.map((value) => (
            <Tabs.Panel key={value} value={value} pt="md">
              <TicketList filter={value} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Container>
  );
}

function TicketList({ filter }: { filter: Filter }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const session = useRequesterSession();
  const myName = session.kind === 'requester' ? session.me.requester.name : null;
  const tickets = useInfiniteQuery({
    queryKey: ['portal', 'tickets', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      data(
        api.GET('/api/v1/t/{slug}/portal/tickets', {
          params: { path: { slug }, query: { limit: PAGE_SIZE, ...(filter === 'all' ? {} : { state: filter }), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? null,
  });
  if (tickets.isPending) return <LoadingPage />;
  if (tickets.isError) {
    return (
      <Alert color="red" role="alert">
        {isProblem(tickets.error, 'network') ? t('common:error.network') : (problemText(tickets.error) ?? t('common:error.generic'))}
      </Alert>
    );
  }
  const items = tickets.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <Text c="dimmed">{t(EMPTY[filter])}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('portal:tickets.order')}
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((ticket) => (
          <Paper component="li" key={ticket.reference} withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
                <Anchor component={Link} to={ticketPath(ticket.reference)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {ticket.subject}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {ticket.reference}
                  {ticket.helpTopic ? ` · ${ticket.helpTopic}` : ''}
                  {myName && ticket.requester.name !== myName ? ` · ${t('portal:tickets.openedBy', { name: ticket.requester.name })}` : ''}
                </Text>
              </Stack>
              <Stack gap={4} align="flex-end">
                <StatusBadge status={ticket.status} />
                <Text size="sm" c="dimmed">
                  {t('portal:tickets.updated', { date: formatDateTime(ticket.updatedAt, locale) })}
                </Text>
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
      {tickets.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={tickets.isFetchingNextPage} onClick={() => void tickets.fetchNextPage()}>
            {t('portal:tickets.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
