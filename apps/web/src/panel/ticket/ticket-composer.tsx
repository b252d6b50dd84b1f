import { Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Switch, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data, withFiles } from '../../api/client';
import { useInstance, useLocale } from '../../shell/instance-context';
import { useStaff } from '../staff-session';
import { AttachmentPicker } from './attachment-picker';
import { otherHolder } from './lock-timing';
import { problemText } from './problem-text';
import { useDirectory } from './ticket-queries';
import type { Ticket } from './ticket-model';
import { useTicketWriter, type TicketBasis } from './ticket-writer';
import { useComposingLock } from './use-composing-lock';

type Mode = 'reply' | 'note';

// Answering the requester, or writing a note for colleagues (restricted to the department where
// the agent works there), with files. What is sent is checked against the ticket as it was when
// the agent began writing it.
export function TicketComposer({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const me = useStaff();
  const writer = useTicketWriter();
  const mayReply = ticket.actions.includes('reply');
  const [mode, setMode] = useState<Mode>(mayReply ? 'reply' : 'note');
  const [message, setMessage] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<Mode | null>(null);
  const basis = useRef<TicketBasis | null>(null);
  const lock = useComposingLock(ticket.reference);
  const replying = mode === 'reply';
  // The instance's canned responses and those of the ticket's department.
  const canned = useDirectory(`canned-responses-${ticket.department.id}`, () =>
    data(api.GET('/api/v1/t/{slug}/canned-responses', { params: { path: { slug }, query: { departmentId: ticket.department.id } } })),
  );
  const holder = replying ? (otherHolder(ticket.lock, me.staff.id, Date.now()) ?? (ticket.lock === null ? null : lock.refusedBy)) : null;
  const reference = ticket.reference;

  const clear = () => {
    setMessage('');
    setFiles([]);
    setRestricted(false);
    setError(null);
    basis.current = null;
  };
  const begin = () => {
    basis.current ??= writer.basis();
    setSent(null);
  };
  const cancel = () => {
    clear();
    void lock.release();
  };
  const type = (value: string) => {
    setMessage(value);
    begin();
    if (replying && value.trim()) void lock.typing();
  };
  // A canned response, filled in with this ticket's values, goes below what is written already;
  // its files join the reply's, where the agent may take them off before sending.
  const insertCanned = async (id: string | null) => {
    if (!id) return;
    try {
      const filled = await data(api.GET('/api/v1/t/{slug}/tickets/{reference}/canned-responses/{id}', { params: { path: { slug, reference, id } } }));
      const carried: File[] = [];
      for (const file of (canned.data ?? []).find((response) => response.id === id)?.files ?? []) {
        const params = { path: { slug, id, fileId: file.id } };
        const content = await data(api.GET('/api/v1/t/{slug}/canned-responses/{id}/files/{fileId}', { params, parseAs: 'blob' }));
        carried.push(new File([content as Blob], file.filename, { type: file.contentType }));
      }
      type(message.trim() ? `${message.trimEnd()}\n\n${filled.body}` : filled.body);
      if (carried.length > 0) setFiles((held) => [...held, ...carried]);
    } catch (problem) {
      setError(problem);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim() || holder) return;
    setSending(true);
    setError(null);
    const label = t(replying ? 'ticket:composer.sendReply' : 'ticket:composer.saveNote');
    try {
      const written = await writer.perform(
        label,
        async (ifMatch) => {
          const params = { path: { slug, reference }, header: { 'If-Match': ifMatch } };
          if (replying) await data(api.POST('/api/v1/t/{slug}/tickets/{reference}/replies', { params, ...withFiles({ message }, files) }));
          else await data(api.POST('/api/v1/t/{slug}/tickets/{reference}/notes', { params, ...withFiles({ message, restricted }, files) }));
          if (replying) lock.forget();
          clear();
          setSent(mode);
        },
        { basis: basis.current },
      );
      // Refused as stale: the agent has now seen what changed, so a second try starts from here.
      if (!written) basis.current = writer.basis();
    } catch (problem) {
      setError(problem);
    } finally {
      setSending(false);
    }
  };

  if (!mayReply && !ticket.actions.includes('note')) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="composer-title">
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4" id="composer-title">
              {t('ticket:composer.title')}
            </Title>
            <SegmentedControl
              value={mode}
              onChange={(value) => {
                if (value === 'note') void lock.release();
                setMode(value as Mode);
              }}
              aria-label={t('ticket:composer.mode')}
              data={[
                ...(mayReply ? [{ value: 'reply', label: t('ticket:composer.reply') }] : []),
                { value: 'note', label: t('ticket:composer.note') },
              ]}
            />
          </Group>
          {holder !== null && (
            <Alert color="orange" role="status" title={t('ticket:lock.title', { name: holder })}>
              {t('ticket:lock.text')}
            </Alert>
          )}
          {error !== null && (
            <Alert color="red" role="alert">
              {problemText(error, t, locale)}
            </Alert>
          )}
          {sent && (
            <Alert color="green" role="status">
              {t(sent === 'reply' ? 'ticket:composer.replySent' : 'ticket:composer.noteSaved')}
            </Alert>
          )}
          {(canned.data ?? []).length > 0 && (
            <Select
              label={t('ticket:composer.canned')}
              placeholder={t('ticket:composer.cannedPlaceholder')}
              data={(canned.data ?? []).map((response) => ({ value: response.id, label: response.title }))}
              value={null}
              onChange={(id) => void insertCanned(id)}
              searchable
              clearable={false}
              disabled={sending}
            />
          )}
          <Textarea
            label={t(replying ? 'ticket:composer.replyLabel' : 'ticket:composer.noteLabel')}
            description={t(replying ? 'ticket:composer.replyHint' : 'ticket:composer.noteHint')}
            autosize
            minRows={4}
            value={message}
            onChange={(e) => type(e.currentTarget.value)}
          />
          {!replying && ticket.actions.includes('restrictedNote') && (
            <Switch label={t('ticket:composer.restricted')} description={t('ticket:composer.restrictedHint')} checked={restricted} onChange={(e) => setRestricted(e.currentTarget.checked)} />
          )}
          <AttachmentPicker
            files={files}
            disabled={sending}
            onChange={(chosen) => {
              setFiles(chosen);
              setError(null);
              begin();
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel} disabled={sending || (!message && files.length === 0)}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={sending} disabled={!message.trim() || holder !== null}>
              {t(replying ? 'ticket:composer.sendReply' : 'ticket:composer.saveNote')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
