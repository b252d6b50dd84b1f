import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../format/format';
import { useLocale } from '../../shell/instance-context';
import type { Task } from './task-queries';

// A task's due date as relative time ("in 2 days"), the date itself on hover; an overdue one says
// so in words and with a mark, not by colour alone.
export function TaskDue({ task }: { task: Pick<Task, 'dueAt' | 'overdue'> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!task.dueAt) {
    return (
      <Text size="sm" c="dimmed" component="span">
        {t('tasks:list.noDue')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap" style={{ rowGap: 4 }}>
      <Tooltip label={formatDateTime(task.dueAt, locale)}>
        <time dateTime={task.dueAt} style={{ whiteSpace: 'nowrap' }}>
          {formatRelative(task.dueAt, locale)}
        </time>
      </Tooltip>
      {task.overdue && (
        <Badge color="red" variant="filled" size="sm" leftSection={<span aria-hidden>{'⚠'}</span>} style={{ flexShrink: 0 }}>
          {t('tasks:list.overdue')}
        </Badge>
      )}
    </Group>
  );
}

export function TaskState({ task }: { task: Pick<Task, 'closedAt'> }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={task.closedAt ? 'gray' : 'blue'}>
      {t(task.closedAt ? 'tasks:state.closed' : 'tasks:state.open')}
    </Badge>
  );
}
