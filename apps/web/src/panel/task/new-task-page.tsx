import { Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { CreatePage, problemFields } from '../create-page';
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
  const fields = problemFields(create.error);
  return (
    <CreatePage title={t('tasks:form.title')} intro={ticket && <Text>{t('tasks:form.forTicket', { reference: ticket })}</Text>} invalid={t('tasks:form.invalid')} submit={t('tasks:form.submit')} create={create}>
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
    </CreatePage>
  );
}
