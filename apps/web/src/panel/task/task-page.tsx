import { Alert, Button, Grid, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem, problemText } from '../../api/problem';
import { useInstance } from '../../shell/instance-context';
import { LoadFailed, LoadingPage } from '../../shell/loading-page';
import { StatusPage } from '../../shell/status-page';
import { isoToZonedInput, zonedInputToIso } from '../ticket/zoned-time';
import { TaskDue, TaskState } from './task-due';
import { TaskDialog } from './task-dialog';
import { AssigneeFields, DueField } from './task-form-fields';
import { useTaskNames } from './task-names';
import { TaskNotes } from './task-notes';
import { useRefreshTasks, useTask, type Task, type TaskAction } from './task-queries';
import { TaskTicket } from './task-table';

type Dialog = 'edit' | 'assign' | 'delete';

// One task: /scp/tasks/{id}. Its details, its notes, and what the agent's role in the task's
// department allows (the other actions are not offered).
export function TaskPage() {
  const { id = '' } = useParams();
  const task = useTask(id);
  if (task.isPending) return <LoadingPage />;
  if (task.isError) {
    if (isProblem(task.error, 'task.not-found') || isProblem(task.error, 'request.invalid')) return <StatusPage kind="page-not-found" home="/scp/" />;
    return <LoadFailed />;
  }
  return <TaskView task={task.data} />;
}

function TaskView({ task }: { task: Task }) {
  const { t } = useTranslation();
  const names = useTaskNames();
  return (
    <Stack gap="lg" maw={1200}>
      <Group gap="sm" align="center">
        <Title order={1}>{task.title}</Title>
        <TaskState task={task} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Stack gap={4} component="section" aria-labelledby="task-description-title">
              <Title order={2} size="h4" id="task-description-title">
                {t('tasks:page.description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }} c={task.description ? undefined : 'dimmed'}>
                {task.description || t('tasks:page.noDescription')}
              </Text>
            </Stack>
            <TaskNotes task={task} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="task-details-title">
              <Title order={2} size="h4" id="task-details-title" mb="xs">
                {t('tasks:page.details')}
              </Title>
              <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '6px 12px' }}>
                <Fact label={t('tasks:page.state')}>{t(task.closedAt ? 'tasks:state.closed' : 'tasks:state.open')}</Fact>
                <Fact label={t('tasks:page.department')}>{names.department(task.departmentId)}</Fact>
                <Fact label={t('tasks:page.agent')}>{names.agent(task.assigneeStaffId) || t('tasks:form.nobody')}</Fact>
                <Fact label={t('tasks:page.team')}>{names.team(task.assigneeTeamId) || t('tasks:form.noTeam')}</Fact>
                <Fact label={t('tasks:page.due')}>
                  <TaskDue task={task} />
                </Fact>
                <Fact label={t('tasks:page.ticket')}>
                  <TaskTicket task={task} long />
                </Fact>
              </dl>
            </Paper>
            <TaskActions task={task} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </>
  );
}

function TaskActions({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { slug, timezone } = useInstance();
  const navigate = useNavigate();
  const refresh = useRefreshTasks();
  const [open, setOpen] = useState<Dialog | null>(null);
  const [form, setForm] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const may = (action: TaskAction) => task.actions.includes(action);
  const path = { path: { slug, id: task.id } };
  const field = (name: string) => form[name] ?? '';
  const set = (name: string) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const show = (dialog: Dialog, initial: Record<string, string> = {}) => {
    setForm(initial);
    setOpen(dialog);
  };
  const close = () => setOpen(null);
  const written = async (text: string) => {
    await refresh();
    setMessage(text);
  };

  const toggle = async () => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      if (task.closedAt) await data(api.POST('/api/v1/t/{slug}/tasks/{id}/reopen', { params: path }));
      else await data(api.POST('/api/v1/t/{slug}/tasks/{id}/close', { params: path }));
      await written(t(task.closedAt ? 'tasks:page.reopened' : 'tasks:page.closed'));
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  if (!['edit', 'assign', 'close', 'delete'].some((action) => may(action as TaskAction))) return null;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs" component="section" aria-labelledby="task-actions-title">
        <Title order={2} size="h4" id="task-actions-title">
          {t('tasks:page.actions')}
        </Title>
        <Text size="sm" role="status">
          {message ?? ''}
        </Text>
        {error !== null && (
          <Alert color="red" role="alert">
            {problemText(error) ?? t('common:error.generic')}
          </Alert>
        )}
        {may('close') && (
          <Button variant={task.closedAt ? 'default' : 'filled'} onClick={() => void toggle()} loading={busy}>
            {t(task.closedAt ? 'tasks:page.reopen' : 'tasks:page.close')}
          </Button>
        )}
        {may('edit') && (
          <Button variant="default" onClick={() => show('edit', { title: task.title, description: task.description, due: isoToZonedInput(task.dueAt, timezone) })}>
            {t('tasks:page.edit')}
          </Button>
        )}
        {may('assign') && (
          <Button variant="default" onClick={() => show('assign', { staffId: task.assigneeStaffId ?? '', teamId: task.assigneeTeamId ?? '' })}>
            {t('tasks:page.assign')}
          </Button>
        )}
        {may('delete') && (
          <Button variant="outline" color="red" onClick={() => show('delete')}>
            {t('tasks:page.delete')}
          </Button>
        )}
      </Stack>

      <TaskDialog
        opened={open === 'edit'}
        onClose={close}
        title={t('tasks:page.editTitle')}
        submitLabel={t('tasks:page.save')}
        write={async () => {
          const dueAt = field('due') ? zonedInputToIso(field('due'), timezone) : null;
          await data(api.PATCH('/api/v1/t/{slug}/tasks/{id}', { params: path, body: { title: field('title'), description: field('description'), dueAt: dueAt as never } }));
          await written(t('tasks:page.saved'));
        }}
      >
        <TextInput label={t('tasks:form.name')} required maxLength={255} value={field('title')} onChange={(event) => set('title')(event.currentTarget.value)} />
        <Textarea label={t('tasks:form.description')} autosize minRows={3} value={field('description')} onChange={(event) => set('description')(event.currentTarget.value)} />
        <DueField value={field('due')} onChange={set('due')} />
      </TaskDialog>

      <TaskDialog
        opened={open === 'assign'}
        onClose={close}
        title={t('tasks:page.assignTitle')}
        submitLabel={t('tasks:page.save')}
        write={async () => {
          await data(api.PATCH('/api/v1/t/{slug}/tasks/{id}', { params: path, body: { assigneeStaffId: field('staffId') || null, assigneeTeamId: field('teamId') || null } }));
          await written(t('tasks:page.saved'));
        }}
      >
        <AssigneeFields staffId={field('staffId')} teamId={field('teamId')} onStaff={set('staffId')} onTeam={set('teamId')} />
      </TaskDialog>

      <TaskDialog
        opened={open === 'delete'}
        onClose={close}
        title={t('tasks:page.deleteTitle')}
        submitLabel={t('tasks:page.deleteSubmit')}
        danger
        write={async () => {
          await data(api.DELETE('/api/v1/t/{slug}/tasks/{id}', { params: path }));
          await refresh();
          void navigate('/scp/tasks/queues/mine');
        }}
      >
        <Text>{t('tasks:page.deleteConfirm')}</Text>
      </TaskDialog>
    </Paper>
  );
}
