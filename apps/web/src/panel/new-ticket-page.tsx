import { Group, Radio, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, data } from '../api/client';
import { CreatePage, problemFields } from './create-page';
import type { components } from '../api/schema';
import { CustomFieldInputs, customDataOf, type CustomValues } from '../shell/custom-field-inputs';
import { useReferenceChoices } from './custom-references';
import { useInstance } from '../shell/instance-context';
import { choices, useDepartments, useHelpTopics, usePriorities } from './queue/queue-data';
import { ticketPath } from './queue/ticket-table';

type Source = components['schemas']['CreateTicketRequest']['source'];
const SOURCES: Source[] = ['phone', 'walk_in', 'other', 'internal'];

// A ticket an agent opens on behalf of a requester (a call, a visit, a colleague's note), or an
// internal one of their own: /scp/tickets/new. The created ticket opens.
export function NewTicketPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const navigate = useNavigate();
  const client = useQueryClient();
  const topics = useHelpTopics().data;
  const departments = useDepartments().data;
  const priorities = usePriorities().data;
  const [source, setSource] = useState<Source>('phone');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [helpTopicId, setHelpTopicId] = useState<string | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [priorityId, setPriorityId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [custom, setCustom] = useState<CustomValues>({});
  // The chosen topic's fields (its forms' and its ancestors').
  const topicFields = useQuery({
    queryKey: ['topic-fields', helpTopicId],
    enabled: helpTopicId !== null,
    queryFn: () => data(api.GET('/api/v1/t/{slug}/help-topics/{id}/fields', { params: { path: { slug, id: helpTopicId as string } } })),
  });
  const customFields = helpTopicId ? topicFields.data ?? [] : [];
  const references = useReferenceChoices(customFields);
  const internal = source === 'internal';
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/t/{slug}/tickets', {
          params: { path: { slug } },
          body: {
            source,
            type: 'incident',
            isConfidential: false,
            subject,
            message,
            requester: internal ? undefined : { email, name: name || undefined },
            helpTopicId: helpTopicId ?? undefined,
            departmentId: departmentId ?? undefined,
            priorityId: priorityId ?? undefined,
            customData: customDataOf(customFields, custom),
          },
        }),
      ),
    onSuccess: async (ticket) => {
      await client.invalidateQueries({ queryKey: ['tickets'] });
      void navigate(ticketPath(ticket.reference));
    },
  });
  const fields = problemFields(create.error);
  return (
    <CreatePage title={t('panel:newTicket.title')} invalid={t('panel:newTicket.invalid')} submit={t('panel:newTicket.submit')} create={create}>
      <Radio.Group label={t('panel:newTicket.source')} value={source} onChange={(value) => setSource(value as Source)} required>
        <Group mt="xs" gap="lg">
          {SOURCES.map((value) => (
            <Radio key={value} value={value} label={t(`panel:sources.${value}`)} />
          ))}
        </Group>
      </Radio.Group>
      {!internal && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('panel:newTicket.email')}
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fields['requester.email']}
          />
          <TextInput label={t('panel:newTicket.name')} autoComplete="off" value={name} onChange={(event) => setName(event.currentTarget.value)} error={fields['requester.name']} />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select label={t('panel:newTicket.helpTopic')} clearable searchable data={choices(topics)} value={helpTopicId} onChange={setHelpTopicId} error={fields.helpTopicId} />
        <Select
          label={t('panel:newTicket.department')}
          description={t('panel:newTicket.departmentHint')}
          clearable
          searchable
          data={choices(departments)}
          value={departmentId}
          onChange={setDepartmentId}
          error={fields.departmentId}
        />
        <Select
          label={t('panel:newTicket.priority')}
          description={t('panel:newTicket.priorityHint')}
          clearable
          data={choices(priorities)}
          value={priorityId}
          onChange={setPriorityId}
          error={fields.priorityId}
        />
      </SimpleGrid>
      <CustomFieldInputs fields={customFields} values={custom} onChange={setCustom} error={(path) => fields[path]} references={references} />
      <TextInput label={t('panel:newTicket.subject')} required maxLength={255} value={subject} onChange={(event) => setSubject(event.currentTarget.value)} error={fields.subject} />
      <Textarea
        label={internal ? t('panel:newTicket.note') : t('panel:newTicket.message')}
        description={internal ? t('panel:newTicket.noteHint') : t('panel:newTicket.messageHint')}
        required
        autosize
        minRows={6}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
        error={fields.message}
      />
    </CreatePage>
  );
}
