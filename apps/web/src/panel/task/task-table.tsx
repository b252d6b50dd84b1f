import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ticketPath } from '../queue/ticket-table';
import { TaskDue, TaskState } from './task-due';
import { useTaskNames } from './task-names';
import { taskPath, type Task } from './task-queries';

// Tasks in rows: title (the link to the task), department, assignee, due date, its ticket and
// whether it is open. A ticket the reader may not open is its reference as text, not a link.
export function TaskTable({ tasks, label, withTicket = true }: { tasks: Task[]; label: string; withTicket?: boolean }) {
  const { t } = useTranslation();
  const names = useTaskNames();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks:list.title')}</Table.Th>
            <Table.Th>{t('tasks:list.department')}</Table.Th>
            <Table.Th>{t('tasks:list.assignee')}</Table.Th>
            <Table.Th>{t('tasks:list.due')}</Table.Th>
            {withTicket && <Table.Th>{t('tasks:list.ticket')}</Table.Th>}
            <Table.Th>{t('tasks:list.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Anchor component={Link} to={taskPath(task.id)} fw={600}>
                  {task.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{names.department(task.departmentId)}</Table.Td>
              <Table.Td>{[names.agent(task.assigneeStaffId), names.team(task.assigneeTeamId)].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td>
                <TaskDue task={task} />
              </Table.Td>
              {withTicket && (
                <Table.Td>
                  <TaskTicket task={task} />
                </Table.Td>
              )}
              <Table.Td>
                <TaskState task={task} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function TaskTicket({ task, long = false }: { task: Task; long?: boolean }) {
  const { t } = useTranslation();
  if (task.ticket) {
    return (
      <Anchor component={Link} to={ticketPath(task.ticket.reference)} style={{ whiteSpace: 'nowrap' }}>
        {task.ticket.reference}
      </Anchor>
    );
  }
  if (task.ticketReference) {
    return (
      <Text size="sm" component="span" style={{ whiteSpace: 'nowrap' }}>
        {long ? t('tasks:page.ticketHidden', { reference: task.ticketReference }) : task.ticketReference}
      </Text>
    );
  }
  return long ? (
    <Text size="sm" component="span" c="dimmed">
      {t('tasks:page.standalone')}
    </Text>
  ) : null;
}
