import { Anchor, Badge, Button, Card, Center, Code, Group, List, Loader, Modal, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadFailed } from '../../shell/loading-page';
import { Link } from 'react-router-dom';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { formatDateTime } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import { ticketPath } from '../queue/ticket-table';
import { problemText } from '../../api/problem';

type Mail = components['schemas']['MailLogResponse'];

const FLAGGED_KEY = ['mail', 'flagged'] as const;

// Mail the intake could not place and kept for a person (managers): what it is, why, the raw
// message, and "dealt with" once someone has.
export function FlaggedMailPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [raw, setRaw] = useState<Mail | null>(null);
  const list = useInfiniteQuery({
    queryKey: FLAGGED_KEY,
    queryFn: ({ pageParam }) =>
      data(api.GET('/api/v1/t/{slug}/admin/mail', { params: { path: { slug }, query: { status: 'flagged', unreviewed: true, limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md" maw={960}>
      <Title order={1}>{t('panel:flagged.title')}</Title>
      <Text c="dimmed">{t('panel:flagged.intro')}</Text>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadFailed />
      ) : items.length === 0 ? (
        <Text py="lg">{t('panel:flagged.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
          {items.map((mail) => (
            <FlaggedMail key={mail.id} mail={mail} onRaw={() => setRaw(mail)} />
          ))}
        </Stack>
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('panel:list.more')}
          </Button>
        </Center>
      )}
      <RawMail mail={raw} onClose={() => setRaw(null)} />
    </Stack>
  );
}

function FlaggedMail({ mail, onRaw }: { mail: Mail; onRaw: () => void }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const client = useQueryClient();
  const review = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/admin/mail/{id}/review', { params: { path: { slug, id: mail.id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: FLAGGED_KEY }),
  });
  const subject = mail.subject || t('panel:flagged.noSubject');
  return (
    <Card withBorder component="li" aria-label={subject}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="start">
          <Title order={2} size="h4">
            {subject}
          </Title>
          <Badge variant="outline" color="gray">
            {t(`panel:flagged.kinds.${mail.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('panel:flagged.from', { address: mail.address ?? t('panel:flagged.noSender') })}
          {mail.receivedAt && ` · ${formatDateTime(mail.receivedAt, locale)}`}
        </Text>
        {mail.problems.length > 0 && (
          <List size="sm" aria-label={t('panel:flagged.problems')}>
            {mail.problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        )}
        <Group gap="sm" mt="xs">
          <Button size="xs" variant="default" onClick={onRaw}>
            {t('panel:flagged.viewRaw')}
          </Button>
          <Button size="xs" onClick={() => review.mutate()} loading={review.isPending}>
            {t('panel:flagged.review')}
          </Button>
          {mail.mailboxId && (
            <Anchor component={Link} to={`/scp/admin/mailboxes/${mail.mailboxId}`} size="sm">
              {t('panel:flagged.mailbox')}
            </Anchor>
          )}
          {mail.reference && (
            <Anchor component={Link} to={ticketPath(mail.reference)} size="sm">
              {mail.reference}
            </Anchor>
          )}
        </Group>
        {review.isError && (
          <Text size="sm" c="red.8" role="alert">
            {(problemText(review.error) ?? t('common:error.generic'))}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

// The message as received, as text; the download keeps it whole.
function RawMail({ mail, onClose }: { mail: Mail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const raw = useQuery({
    queryKey: ['mail', 'raw', mail?.id],
    enabled: !!mail,
    queryFn: () => data(api.GET('/api/v1/t/{slug}/admin/mail/{id}/raw', { params: { path: { slug, id: mail!.id } }, parseAs: 'text' })),
  });
  return (
    <Modal opened={!!mail} onClose={onClose} size="xl" title={t('panel:flagged.rawTitle', { subject: mail?.subject ?? '' })} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
      {raw.isPending ? (
        <Loader role="status" aria-label={t('common:loading')} />
      ) : raw.isError ? (
        <LoadFailed />
      ) : (
        <ScrollArea.Autosize mah="60vh">
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {String(raw.data)}
          </Code>
        </ScrollArea.Autosize>
      )}
    </Modal>
  );
}
