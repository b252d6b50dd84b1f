import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { isProblem } from '../../api/problem';
import { CustomFieldInputs, customDataOf, labelIn, useValueText, type CustomValues } from '../../shell/custom-field-inputs';
import { useInstance, useLocale } from '../../shell/instance-context';
import { useReferenceChoices } from '../custom-references';
import { problemText } from './problem-text';
import type { Ticket } from './ticket-model';
import { useTicketWriter } from './ticket-writer';

// The values of the ticket's form fields (its help topic's and the topic's ancestors'): shown to
// every agent, changed by those who may edit the ticket, one write against the version on screen.
export function TicketFields({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const writer = useTicketWriter();
  const valueText = useValueText();
  const topicId = ticket.helpTopic?.id ?? null;
  const fields = useQuery({
    queryKey: ['topic-fields', topicId],
    enabled: topicId !== null,
    queryFn: () => data(api.GET('/api/v1/t/{slug}/help-topics/{id}/fields', { params: { path: { slug, id: topicId as string } } })),
  });
  const stored = ticket.customData as CustomValues;
  const [editing, setEditing] = useState<CustomValues | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = fields.data ?? [];
  // Loaded while the fields are edited, for the reference fields' pickers.
  const references = useReferenceChoices(editing ? list : []);
  if (list.length === 0) return null;
  const editable = ticket.actions.includes('edit');
  const save = async () => {
    if (!editing) return;
    const next = customDataOf(list, editing);
    const changes: CustomValues = {};
    for (const field of list) if (JSON.stringify(next[field.key] ?? null) !== JSON.stringify(stored[field.key] ?? null)) changes[field.key] = next[field.key] ?? null;
    setError(null);
    try {
      const written = await writer.perform(t('ticket:fields.save'), (ifMatch) =>
        data(api.PATCH('/api/v1/t/{slug}/tickets/{reference}', { params: { path: { slug, reference: ticket.reference }, header: { 'If-Match': ifMatch } }, body: { customData: changes } })),
      );
      if (written) setEditing(null);
    } catch (problem) {
      setError(problem);
    }
  };
  const fieldError = (path: string) => (isProblem(error) ? error.fields[path] : undefined);
  return (
    <Paper withBorder p="md" radius="md">
    <Stack gap="xs" component="section" aria-labelledby="fields-title">
      <Title order={2} size="h4" id="fields-title">
        {t('ticket:fields.title')}
      </Title>
      {editing ? (
        <>
          <CustomFieldInputs fields={list} values={editing} onChange={setEditing} error={fieldError} references={references} />
          {error !== null && !Object.keys(isProblem(error) ? error.fields : {}).length && <Text c="red" size="sm" role="alert">{problemText(error, t, locale)}</Text>}
          <Group gap="xs">
            <Button size="xs" onClick={() => void save()}>
              {t('ticket:fields.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(null)}>
              {t('ticket:fields.cancel')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <dl style={{ margin: 0 }}>
            {list.map((field) => (
              <div key={field.key}>
                <Text component="dt" size="sm" fw={600}>
                  {labelIn(field.labels, i18n.language)}
                  {field.visibility === 'agents' ? ` (${t('ticket:fields.agentsOnly')})` : ''}
                </Text>
                <Text component="dd" size="sm" m={0} mb={4} c={stored[field.key] === undefined ? 'dimmed' : undefined}>
                  {stored[field.key] === undefined ? t('ticket:fields.empty') : valueText(field, stored[field.key])}
                </Text>
              </div>
            ))}
          </dl>
          {editable && (
            <Group>
              <Button size="xs" variant="light" onClick={() => setEditing(editableValues(list, stored))}>
                {t('ticket:fields.edit')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
    </Paper>
  );
}

// Stored values as the inputs take them: a date and time in the browser's zone.
function editableValues(fields: readonly { key: string; type: string }[], stored: CustomValues): CustomValues {
  const values: CustomValues = { ...stored };
  for (const field of fields) {
    const value = stored[field.key];
    if (field.type === 'date_time' && typeof value === 'string') {
      const at = new Date(value);
      values[field.key] = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    }
  }
  return values;
}
