import { Badge, Divider, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { formatNumber } from '../format/format';
import { useLocale } from '../shell/instance-context';
import { QUEUES, type Queue } from './queue/queue-state';
import { useQueueCounts } from './queue/queue-data';
import { useViews } from './queue/views';
import { mayUseConsole } from './admin/admin-sections';
import { consoleAccess, useStaff } from './staff-session';
import { TASK_QUEUES } from './task/task-queries';

// The panel's side bar: the agent's queues, departments and statuses with their counts, the
// saved views, and the pages beside the lists.
export function PanelSidebar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useStaff();
  const { staff } = me;
  const counts = useQueueCounts().data;
  const views = useViews().data;
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  const filtered = search.has('departmentId') || search.has('statusId');
  const count = (value: number | undefined) =>
    value === undefined ? undefined : (
      <Badge variant="light" color="gray" size="sm">
        {formatNumber(value, locale)}
      </Badge>
    );
  const link = (to: string, label: string, active: boolean, value?: number, key = to): ReactNode => (
    <NavLink
      key={key}
      component={Link}
      to={to}
      label={label}
      active={active}
      variant="filled"
      aria-current={active ? 'page' : undefined}
      rightSection={count(value)}
      onClick={onNavigate}
    />
  );
  const queuePath = (queue: Queue) => `/scp/queues/${queue}`;
  const onQueue = (queue: Queue) => !filtered && (location.pathname === queuePath(queue) || (queue === 'all' && /^\/scp\/?$/.test(location.pathname)));
  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap={4}>
        {link('/scp/tickets/new', t('panel:nav.newTicket'), location.pathname === '/scp/tickets/new')}
        <Section title={t('panel:nav.queues')}>{QUEUES.map((queue) => link(queuePath(queue), t(`panel:queues.${queue}`), onQueue(queue), counts?.queues[queue]))}</Section>
        <Section title={t('tasks:nav.title')}>
          {link('/scp/tasks/new', t('tasks:nav.new'), location.pathname === '/scp/tasks/new')}
          {TASK_QUEUES.map((queue) => link(`/scp/tasks/queues/${queue}`, t(`tasks:queues.${queue}`), location.pathname === `/scp/tasks/queues/${queue}`))}
        </Section>
        {!!views?.length && (
          <Section title={t('panel:nav.views')}>{views.map((view) => link(`/scp/views/${view.id}`, view.name, location.pathname === `/scp/views/${view.id}`))}</Section>
        )}
        {!!counts?.departments.length && (
          <Section title={t('panel:nav.departments')}>
            {counts.departments.map((department) =>
              link(`/scp/queues/all?departmentId=${department.id}&state=new,open,pending`, department.name, search.get('departmentId') === department.id, department.count),
            )}
          </Section>
        )}
        {!!counts?.statuses.length && (
          <Section title={t('panel:nav.statuses')}>
            {counts.statuses.map((status) => link(`/scp/queues/all?statusId=${status.id}`, status.name, search.get('statusId') === status.id, status.count))}
          </Section>
        )}
        {mayUseConsole(consoleAccess(me)) && (
          <Section title={t('panel:nav.manage')}>
            {link('/scp/admin', t('panel:nav.admin'), location.pathname.startsWith('/scp/admin'))}
            {staff.isManager && link('/scp/mail/flagged', t('panel:nav.flaggedMail'), location.pathname === '/scp/mail/flagged')}
          </Section>
        )}
      </Stack>
    </ScrollArea>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Divider my={4} />
      <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt={4}>
        {title}
      </Text>
      {children}
    </>
  );
}
