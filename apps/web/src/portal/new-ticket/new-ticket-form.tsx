import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, data } from '../../api/client';
import { CustomFieldInputs, customDataOf, customDataPaths, requesterFills, type CustomValues } from '../../shell/custom-field-inputs';
import { useInstance } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { useRequesterSession, useSignOut } from '../requester-session';
import type { Topic } from '../topic-tree';
import type { ThankYouState } from './thank-you-page';

const FIELDS = ['name', 'email', 'subject', 'message'] as const;

// The last step: what the ticket says, and who sends it when nobody is signed in.
export function NewTicketForm({ topic, onBack }: { topic: Topic; onBack: () => void }) {
  const { t } = useTranslation();
  const session = useRequesterSession();
  const { guestTickets } = useInstance();
  const back = (
    <Button variant="default" onClick={onBack}>
      {t('portal:assistant.back')}
    </Button>
  );
  if (session.kind === 'guest') return <GuestLinkNotice back={back} />;
  if (session.kind === 'anonymous' && !guestTickets) return <SignInNotice back={back} />;
  return <TicketForm topic={topic} asGuest={session.kind === 'anonymous'} back={back} />;
}

function SignInNotice({ back }: { back: React.ReactNode }) {
  const { t } = useTranslation();
  const { registration } = useInstance();
  return (
    <Stack>
      <Alert color="blue">
        <Text size="sm">{t('portal:newTicket.signInNeeded')}</Text>
        <Group mt="sm" gap="md">
          <Anchor component={Link} to="/login?next=%2F">
            {t('portal:menu.signIn')}
          </Anchor>
          {registration === 'open' && (
            <Anchor component={Link} to="/register">
              {t('portal:register.link')}
            </Anchor>
          )}
        </Group>
      </Alert>
      <Group>{back}</Group>
    </Stack>
  );
}

// A guest link's session reaches its one ticket only; a new ticket needs it ended (or an account).
function GuestLinkNotice({ back }: { back: React.ReactNode }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Stack>
      <Alert color="blue">
        <Text size="sm">{t('portal:newTicket.guestSession')}</Text>
        <Group mt="sm" gap="md">
          <Button size="xs" variant="light" onClick={() => void signOut()}>
            {t('portal:menu.endGuest')}
          </Button>
          <Anchor component={Link} to="/login?next=%2F">
            {t('portal:menu.signIn')}
          </Anchor>
        </Group>
      </Alert>
      <Group>{back}</Group>
    </Stack>
  );
}

function TicketForm({ topic, asGuest, back }: { topic: Topic; asGuest: boolean; back: React.ReactNode }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, setForm] = useState({ name: '', email: '', subject: '', message: '' });
  const [custom, setCustom] = useState<CustomValues>({});
  const fields = useQuery({
    queryKey: ['portal', 'topic-fields', topic.id],
    queryFn: () => data(api.GET('/api/v1/t/{slug}/portal/help-topics/{id}/fields', { params: { path: { slug, id: topic.id } } })),
  });
  // Requesters fill in only their own fields; the others (references included) are the agents' to set.
  const ownFields = (fields.data ?? []).filter(requesterFills);
  const open = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/t/{slug}/portal/tickets', {
          params: { path: { slug } },
          body: { helpTopicId: topic.id, subject: form.subject, message: form.message, customData: customDataOf(ownFields, custom), ...(asGuest ? { name: form.name, email: form.email } : {}) },
        }),
      ),
    onSuccess: async (opened) => {
      await client.invalidateQueries({ queryKey: ['portal', 'tickets'] });
      const state: ThankYouState = { reference: opened.ticket.reference, guest: asGuest ? { email: form.email } : null };
      navigate('/thanks', { state });
    },
  });
  const errors = useFormErrors(open.error, [...FIELDS, ...customDataPaths(ownFields)]);
  const change = (field: keyof typeof form) => (event: { currentTarget: { value: string } }) => setForm({ ...form, [field]: event.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <FormAlert message={errors.form} />
        {asGuest && (
          <>
            <Text size="sm" c="dimmed">
              {t('portal:newTicket.guestHint')}{' '}
              <Anchor component={Link} to="/login?next=%2F" size="sm" underline="always">
                {t('portal:newTicket.haveAccount')}
              </Anchor>
            </Text>
            <TextInput label={t('portal:fields.name')} autoComplete="name" required value={form.name} onChange={change('name')} error={errors.field('name')} />
            <TextInput label={t('portal:fields.email')} type="email" autoComplete="email" required value={form.email} onChange={change('email')} error={errors.field('email')} />
          </>
        )}
        <TextInput label={t('portal:fields.subject')} required maxLength={255} value={form.subject} onChange={change('subject')} error={errors.field('subject')} />
        <Textarea label={t('portal:fields.message')} required autosize minRows={5} value={form.message} onChange={change('message')} error={errors.field('message')} />
        <CustomFieldInputs fields={ownFields} values={custom} onChange={setCustom} error={errors.field} />
        <Group justify="space-between">
          {back}
          <Button type="submit" loading={open.isPending}>
            {t('portal:newTicket.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
