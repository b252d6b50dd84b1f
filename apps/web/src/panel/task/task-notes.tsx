import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { problemText } from '../../api/problem';
import { formatDateTime } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { useTaskNames } from './task-names';
import { useRefreshTasks, useTaskNotes, type Task } from './task-queries';

// A task's thread of notes, oldest first, and the form that adds one (for those whose role in
// the task's department allows it).
export function TaskNotes({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const names = useTaskNames();
  const notes = useTaskNotes(task.id);
  const refresh = useRefreshTasks();
  const [body, setBody] = useState('');
  const [added, setAdded] = useState(false);
  const add = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/tasks/{id}/notes', { params: { path: { slug, id: task.id } }, body: { body } })),
    onSuccess: async () => {
      setBody('');
      setAdded(true);
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    add.mutate();
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="task-notes-title">
      <Title order={2} size="h4" id="task-notes-title">
        {t('tasks:page.notes')}
      </Title>
      {notes.isPending ? (
        <Loading />
      ) : notes.isError ? (
        <LoadFailed />
      ) : notes.data.length === 0 ? (
        <Text c="dimmed">{t('tasks:page.noNotes')}</Text>
      ) : (
        <Stack gap="xs" component="ol" aria-label={t('tasks:page.notes')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {notes.data.map((note) => (
            <Paper key={note.id} component="li" withBorder p="sm" radius="md">
              <Group justify="space-between" gap="xs">
                <Text fw={600} size="sm">
                  {names.agent(note.authorStaffId) || t('tasks:page.someone')}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={note.createdAt}>
                  {formatDateTime(note.createdAt, locale)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
                {note.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {task.actions.includes('note') && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            {add.error && (
              <Alert color="red" role="alert">
                {problemText(add.error) ?? t('common:error.generic')}
              </Alert>
            )}
            <Textarea label={t('tasks:page.note')} autosize minRows={3} required value={body} onChange={(event) => setBody(event.currentTarget.value)} />
            <Group justify="space-between">
              <Text size="sm" role="status">
                {added ? t('tasks:page.noteAdded') : ''}
              </Text>
              <Button type="submit" loading={add.isPending}>
                {t('tasks:page.addNote')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
