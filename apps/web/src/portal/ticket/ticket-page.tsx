import { Alert, Anchor, Button, Container, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem, problemText } from '../../api/problem';
import { formatDateTime } from '../../format/format';
import { portalKeysFor } from '../../live/live-kinds';
import { useLiveUpdates } from '../../live/use-live-updates';
import { CustomFieldValues } from '../../shell/custom-field-inputs';
import { useInstance, useLocale } from '../../shell/instance-context';
import { LoadingPage } from '../../shell/loading-page';
import { useFormErrors } from '../form-alert';
import { useRequesterSession } from '../requester-session';
import { SignInPrompt } from '../sign-in-prompt';
import { StatusBadge } from '../status-badge';
import { RatingForm } from './rating-form';
import { ReplyForm } from './reply-form';
import { usePortalTicket, useTicketChanged, type PortalTicket } from './ticket-query';
import { TicketThread } from './ticket-thread';

export function TicketPage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const ticket = usePortalTicket(reference);
  // An agent's response or a status change shows without a reload.
  useLiveUpdates(`/api/v1/t/${encodeURIComponent(slug)}/portal/tickets/${encodeURIComponent(reference)}/events`, (message) => portalKeysFor(message, reference));
  if (ticket.isPending) return <LoadingPage />;
  if (ticket.isError) {
    if (isProblem(ticket.error) && ticket.error.status === 401) return <SignInPrompt title={t('portal:ticket.signInTitle')} text={t('portal:ticket.signInText')} />;
    return (
      <Container size="sm" py="md">
        <Title order={1}>{t('portal:ticket.notFoundTitle')}</Title>
        <Text mt="sm" role="alert">
          {isProblem(ticket.error, 'ticket.not-found') ? t('portal:ticket.notFoundText') : (problemText(ticket.error) ?? t('common:error.generic'))}
        </Text>
      </Container>
    );
  }
  return <TicketView ticket={ticket.data} />;
}

// Close and reopen, as `actions` allows them now.
function TicketActions({ ticket }: { ticket: PortalTicket }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const changed = useTicketChanged();
  const act = useMutation({
    mutationFn: (action: 'close' | 'reopen') =>
      data(
        action === 'close'
          ? api.POST('/api/v1/t/{slug}/portal/tickets/{reference}/close', { params: { path: { slug, reference: ticket.reference } } })
          : api.POST('/api/v1/t/{slug}/portal/tickets/{reference}/reopen', { params: { path: { slug, reference: ticket.reference } } }),
      ),
    onSuccess: () => changed(ticket.reference),
  });
  const errors = useFormErrors(act.error, []);
  if (!ticket.actions.close && !ticket.actions.reopen) return null;
  return (
    <Stack gap="xs">
      {errors.form && (
        <Alert color="red" role="alert">
          {errors.form}
        </Alert>
      )}
      <Group>
        {ticket.actions.close && (
          <Button variant="default" loading={act.isPending} onClick={() => act.mutate('close')}>
            {t('portal:ticket.close')}
          </Button>
        )}
        {ticket.actions.reopen && (
          <Button variant="default" loading={act.isPending} onClick={() => act.mutate('reopen')}>
            {t('portal:ticket.reopen')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function TicketView({ ticket }: { ticket: PortalTicket }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useRequesterSession();
  return (
    <Container size="md" py="md">
      <Stack gap="lg">
        {session.kind === 'requester' && (
          <Anchor component={Link} to="/tickets" size="sm">
            {t('portal:ticket.backToList')}
          </Anchor>
        )}
        <div>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {ticket.subject}
          </Title>
          <Group gap="sm" mt="xs" wrap="wrap">
            <StatusBadge status={ticket.status} />
            <Text size="sm" c="dimmed">
              {t('portal:ticket.reference', { reference: ticket.reference })}
            </Text>
            {ticket.helpTopic && (
              <Text size="sm" c="dimmed">
                {t('portal:ticket.topic', { topic: ticket.helpTopic })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('portal:ticket.opened', { date: formatDateTime(ticket.createdAt, locale), name: ticket.requester.name })}
            </Text>
          </Group>
          {ticket.collaborators.length > 0 && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('portal:ticket.collaborators', { names: ticket.collaborators.map((person) => person.name).join(', ') })}
            </Text>
          )}
        </div>
        {ticket.fields.length > 0 && (
          <Paper withBorder p="md" radius="md" aria-label={t('common:customFields.title')}>
            <CustomFieldValues values={ticket.fields} />
          </Paper>
        )}
        <section aria-labelledby="ticket-thread">
          <Title order={2} size="h3" id="ticket-thread" mb="sm">
            {t('portal:ticket.thread')}
          </Title>
          <TicketThread reference={ticket.reference} thread={ticket.thread} />
        </section>
        <TicketActions ticket={ticket} />
        {(ticket.rating || ticket.actions.rate) && (
          <Paper withBorder p="lg" radius="md">
            <RatingForm ticket={ticket} />
          </Paper>
        )}
        <Divider />
        <ReplyForm reference={ticket.reference} />
      </Stack>
    </Container>
  );
}
