import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../format/format';
import { useLocale } from '../../shell/instance-context';
import type { Ticket } from './ticket-model';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

// The ticket at a glance: reference, subject, where it stands, who holds it and who follows it.
export function TicketHeader({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('ticket:facts.none');
  const people = [ticket.requester.name, ...ticket.collaborators.map((c) => c.name)];
  return (
    <Stack gap="sm" component="section" aria-labelledby="ticket-title">
      <Group gap="xs">
        <Text ff="monospace" c="dimmed">
          {ticket.reference}
        </Text>
        <Badge variant="light">{ticket.status.name}</Badge>
        {ticket.isConfidential && (
          <Badge color="grape" variant="outline">
            {t('ticket:facts.confidential')}
          </Badge>
        )}
      </Group>
      <Title order={1} id="ticket-title" size="h2">
        {ticket.subject}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" verticalSpacing="xs" m={0}>
        <Fact label={t('ticket:facts.status')}>{ticket.status.name}</Fact>
        <Fact label={t('ticket:facts.priority')}>{ticket.priority.name}</Fact>
        <Fact label={t('ticket:facts.department')}>{ticket.department.name}</Fact>
        <Fact label={t('ticket:facts.helpTopic')}>{ticket.helpTopic?.name ?? none}</Fact>
        <Fact label={t('ticket:facts.assignee')}>{ticket.assignee?.name ?? none}</Fact>
        <Fact label={t('ticket:facts.team')}>{ticket.team?.name ?? none}</Fact>
        <Fact label={t('ticket:facts.dueAt')}>
          {ticket.dueAt ? formatDateTime(ticket.dueAt, locale) : none}
          {ticket.dueAt && ticket.isOverdue && (
            <Text component="span" c="red.8" fw={700} display="block">
              {t('ticket:facts.overdue', { relative: formatRelative(ticket.dueAt, locale) })}
            </Text>
          )}
        </Fact>
        {ticket.sla && (
          <Fact label={t('ticket:facts.firstResponse')}>
            {ticket.sla.firstResponse.metAt
              ? t('ticket:facts.responded', { date: formatDateTime(ticket.sla.firstResponse.metAt, locale) })
              : ticket.sla.paused
                ? t('ticket:facts.slaPaused')
                : ticket.sla.firstResponse.dueAt
                  ? formatDateTime(ticket.sla.firstResponse.dueAt, locale)
                  : none}
          </Fact>
        )}
        <Fact label={t('ticket:facts.requester')}>
          {ticket.requester.name}
          {ticket.requesterEmail && (
            <Text component="span" size="sm" c="dimmed" display="block">
              {ticket.requesterEmail}
            </Text>
          )}
        </Fact>
        <Fact label={t('ticket:facts.participants')}>{people.join(', ')}</Fact>
        {ticket.links.length > 0 && (
          <Fact label={t('ticket:facts.links')}>
            {ticket.links.map((link) => t('ticket:facts.link', { kind: t(`ticket:linkKind.${link.kind}`), reference: link.reference, subject: link.subject })).join('; ')}
          </Fact>
        )}
      </SimpleGrid>
    </Stack>
  );
}
