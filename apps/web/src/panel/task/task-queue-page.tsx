import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { StatusPage } from '../../shell/status-page';
import { isTaskQueue, useTaskList, type TaskQueue } from './task-queries';
import { TaskTable } from './task-table';

// A task queue: /scp/tasks/queues/{mine|teams|department|overdue}, open tasks by due date.
export function TaskQueuePage() {
  const { queue } = useParams();
  if (!isTaskQueue(queue)) return <StatusPage kind="page-not-found" home="/scp/" />;
  return <TaskQueueList key={queue} queue={queue} />;
}

function TaskQueueList({ queue }: { queue: TaskQueue }) {
  const { t } = useTranslation();
  const list = useTaskList({ queue });
  const title = t(`tasks:queues.${queue}`);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{title}</Title>
        <Button component={Link} to="/scp/tasks/new" variant="light">
          {t('tasks:nav.new')}
        </Button>
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadFailed />
      ) : list.data.length === 0 ? (
        <Text c="dimmed" py="lg">
          {t('tasks:list.empty')}
        </Text>
      ) : (
        <TaskTable tasks={list.data} label={title} />
      )}
    </Stack>
  );
}
