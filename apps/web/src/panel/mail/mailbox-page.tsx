import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../shell/loading-page';
import { Link, useParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem, problemText } from '../../api/problem';
import { formatDateTime, formatNumber } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';

// One mailbox as managers check it (the failing-mailbox alerts link here): where it fetches
// from, how the last fetches went and when the next one is.
export function MailboxPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const { id = '' } = useParams();
  const mailbox = useQuery({
    queryKey: ['mailbox', id],
    queryFn: () => data(api.GET('/api/v1/t/{slug}/admin/mailboxes/{id}', { params: { path: { slug, id } } })),
  });
  if (mailbox.isPending) {
    return (
      <Loading />
    );
  }
  if (mailbox.isError) {
    return (
      <Alert color="red" role="alert">
        {isProblem(mailbox.error, 'mailbox.not-found') || isProblem(mailbox.error, 'request.invalid') ? t('panel:mailbox.notFound') : (problemText(mailbox.error) ?? t('common:error.generic'))}
      </Alert>
    );
  }
  const box = mailbox.data;
  const failing = box.consecutiveFailures > 0;
  const imap = box.imapHost ? `${box.imapUser ?? ''}@${box.imapHost}:${box.imapPort ?? ''} (${box.imapSecurity}) · ${box.imapFolder}` : t('panel:mailbox.pipeOnly');
  const rows: [string, ReactNode][] = [
    [t('panel:mailbox.address'), box.address],
    [t('panel:mailbox.active'), box.isActive ? t('panel:mailbox.yes') : t('panel:mailbox.no')],
    [t('panel:mailbox.imap'), imap],
    [t('panel:mailbox.interval'), t('panel:mailbox.seconds', { count: box.fetchIntervalSeconds, number: formatNumber(box.fetchIntervalSeconds, locale) })],
    [t('panel:mailbox.lastFetch'), box.lastFetchAt ? formatDateTime(box.lastFetchAt, locale) : t('panel:mailbox.never')],
    [t('panel:mailbox.nextFetch'), box.nextFetchAt ? formatDateTime(box.nextFetchAt, locale) : t('panel:mailbox.atInterval')],
    [t('panel:mailbox.failures'), formatNumber(box.consecutiveFailures, locale)],
    [t('panel:mailbox.lastError'), box.lastError ? `${box.lastError}${box.lastErrorAt ? ` (${formatDateTime(box.lastErrorAt, locale)})` : ''}` : t('panel:mailbox.none')],
  ];
  return (
    <Stack gap="md" maw={820}>
      <Group justify="space-between">
        <Title order={1}>{box.name}</Title>
        <Anchor component={Link} to={`/scp/admin/mailboxes/${encodeURIComponent(box.id)}/edit`}>
          {t('admin:mailbox.edit')}
        </Anchor>
      </Group>
      <Badge color={failing ? 'red.8' : 'teal.9'} variant="filled" size="lg" leftSection={<span aria-hidden>{failing ? '⚠' : '✓'}</span>}>
        {failing ? t('panel:mailbox.failing') : box.isActive ? t('panel:mailbox.working') : t('panel:mailbox.inactive')}
      </Badge>
      {failing && box.lastError && (
        <Alert color="red" title={t('panel:mailbox.failingTitle')}>
          {box.lastError}
        </Alert>
      )}
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={220}>{label}</Table.Th>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {value}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
