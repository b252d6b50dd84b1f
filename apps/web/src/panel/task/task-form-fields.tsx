import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInstance } from '../../shell/instance-context';
import { choices } from '../queue/queue-data';
import { useTaskNames } from './task-names';

// The assignee fields of the task forms: an agent and/or a team, each optional.
export function AssigneeFields({
  staffId,
  teamId,
  onStaff,
  onTeam,
  errors = {},
}: {
  staffId: string;
  teamId: string;
  onStaff: (value: string) => void;
  onTeam: (value: string) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const names = useTaskNames();
  return (
    <>
      <Select
        label={t('tasks:form.agent')}
        data={[{ value: '', label: t('tasks:form.nobody') }, ...choices(names.agents)]}
        value={staffId}
        onChange={(value) => onStaff(value ?? '')}
        searchable
        allowDeselect={false}
        error={errors.assigneeStaffId}
      />
      <Select
        label={t('tasks:form.team')}
        data={[{ value: '', label: t('tasks:form.noTeam') }, ...choices(names.teams)]}
        value={teamId}
        onChange={(value) => onTeam(value ?? '')}
        searchable
        allowDeselect={false}
        error={errors.assigneeTeamId}
      />
    </>
  );
}

// A due date chosen in the instance's time zone.
export function DueField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  const { timezone } = useInstance();
  return (
    <TextInput
      type="datetime-local"
      label={t('tasks:form.due')}
      description={`${t('tasks:form.dueHint')} (${timezone})`}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
