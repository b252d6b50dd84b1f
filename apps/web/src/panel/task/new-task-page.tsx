import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem, problemText } from '../../api/problem';
import { useInstance } from '../../shell/instance-context';
import { choices } from '../queue/queue-data';
import { ticketPath } from '../queue/ticket-table';
import { useStaff } from '../staff-session';
import { zonedInputToIso } from '../ticket/zoned-time';
import { AssigneeFields, DueField } from './task-form-fields';
import { useTaskNames } from './task-names';
import { taskPath, useRefreshTasks } from './task-queries';

// A new task, standalone or for a ticket: /scp/tasks/new[?ticket={reference}]. A ticket's task
// leads back to the ticket, a standalone one opens.
export function NewTaskPage() {
  const { t } = useTranslation();
  const { slug, timezone } = useInstance();
  const me = useStaff();
  const navigate = useNavigate();
  const refresh = useRefreshTasks();
  const [params] = useSearchParams();
  const ticket = params.get('ticket') ?? undefined;
  const names = useTaskNames();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [departmentId, setDepartmentId] = useState<string | null>(me.staff.primaryDepartmentId ?? null);
  const [staffId, setStaffId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [due, setDue] = useState('');
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/t/{slug}/tasks', {
          params: { path: { slug } },
          body: {
            title,
            description: description || undefined,
            departmentId: departmentId ?? '',
            ticket,
            assigneeStaffId: staffId || undefined,
            assigneeTeamId: teamId || undefined,
            dueAt: (due ? zonedInputToIso(due, timezone) : undefined) as never,
          },
        }),
      ),
    onSuccess: async (task) => {
      await refresh();
      void navigate(ticket ? ticketPath(ticket) : taskPath(task.id));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const fields = isProblem(create.error) ? create.error.fields : {};
  return (
    <Stack maw={760} gap="md">
      <Title order={1}>{t('tasks:form.title')}</Title>
      {ticket && <Text>{t('tasks:form.forTicket', { reference: ticket })}</Text>}
      <form onSubmit={submit}>
        <Stack gap="md">
          {create.error && (
            <Alert color="red" role="alert">
              {Object.keys(fields).length ? t('tasks:form.invalid') : (problemText(create.error) ?? t('common:error.generic'))}
            </Alert>
          )}
          <TextInput label={t('tasks:form.name')} required maxLength={255} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={fields.title} />
          <Textarea label={t('tasks:form.description')} autosize minRows={3} value={description} onChange={(event) => setDescription(event.currentTarget.value)} error={fields.description} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('tasks:form.department')}
              required
              searchable
              data={choices(names.departments)}
              value={departmentId}
              onChange={setDepartmentId}
              allowDeselect={false}
              error={fields.departmentId}
            />
            <DueField value={due} onChange={setDue} error={fields.dueAt} />
            <AssigneeFields staffId={staffId} teamId={teamId} onStaff={setStaffId} onTeam={setTeamId} errors={fields} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('tasks:form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
