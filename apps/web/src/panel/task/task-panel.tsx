import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { useTaskList } from './task-queries';
import { TaskTable } from './task-table';

// The tasks of the ticket on the ticket page: open ones first, then the closed ones, and the way
// to a new one for this ticket.
export function TaskPanel({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const open = useTaskList({ ticket: reference });
  const closed = useTaskList({ ticket: reference, state: 'closed' });
  const tasks = [...(open.data ?? []), ...(closed.data ?? [])];
  return (
    <Stack gap="xs" component="section" aria-labelledby="ticket-tasks-title">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id="ticket-tasks-title">
          {t('tasks:panel.title')}
        </Title>
        <Button component={Link} to={`/scp/tasks/new?ticket=${encodeURIComponent(reference)}`} variant="light" size="xs">
          {t('tasks:panel.new')}
        </Button>
      </Group>
      {open.isPending || closed.isPending ? (
        <Loading />
      ) : open.isError || closed.isError ? (
        <LoadFailed />
      ) : tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks:panel.empty')}
        </Text>
      ) : (
        <TaskTable tasks={tasks} label={t('tasks:panel.label')} withTicket={false} />
      )}
    </Stack>
  );
}
