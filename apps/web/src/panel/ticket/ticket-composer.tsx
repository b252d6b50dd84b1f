import { Alert, Button, FileInput, Group, Paper, SegmentedControl, Stack, Switch, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { useStaff } from '../staff-session';
import { otherHolder } from './lock-timing';
import { problemText } from './problem-text';
import type { Ticket } from './ticket-model';
import { useTicketWriter } from './ticket-writer';
import { useComposingLock } from './use-composing-lock';

type Mode = 'reply' | 'note';

// The message as the API takes it: JSON, or multipart/form-data when files go with it.
function body<T extends { message: string }>(json: T, files: File[]) {
  const { message } = json;
  const restricted = 'restricted' in json ? Boolean(json.restricted) : undefined;
  if (files.length === 0) return { body: json };
  const form = new FormData();
  form.set('message', message);
  if (restricted !== undefined) form.set('restricted', String(restricted));
  for (const file of files) form.append('files', file);
  return { body: json, bodySerializer: () => form };
}

// Answering the requester, or writing a note for colleagues (restricted to the department where
// the agent works there), with files.
export function TicketComposer({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
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
  const lock = useComposingLock(ticket.reference);
  const replying = mode === 'reply';
  const holder = replying ? (otherHolder(ticket.lock, me.staff.id, Date.now()) ?? (ticket.lock === null ? null : lock.refusedBy)) : null;
  const reference = ticket.reference;

  const clear = () => {
    setMessage('');
    setFiles([]);
    setRestricted(false);
    setError(null);
  };
  const cancel = () => {
    clear();
    void lock.release();
  };
  const type = (value: string) => {
    setMessage(value);
    setSent(null);
    if (replying && value.trim()) void lock.typing();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim() || holder) return;
    setSending(true);
    setError(null);
    const label = t(replying ? 'ticket:composer.sendReply' : 'ticket:composer.saveNote');
    try {
      const written = await writer.perform(label, async (ifMatch) => {
        const params = { path: { slug, reference }, header: { 'If-Match': ifMatch } };
        if (replying) await data(api.POST('/api/v1/t/{slug}/tickets/{reference}/replies', { params, ...body({ message }, files) }));
        else await data(api.POST('/api/v1/t/{slug}/tickets/{reference}/notes', { params, ...body({ message, restricted }, files) }));
        if (replying) lock.forget();
        clear();
        setSent(mode);
      });
      if (!written) setError(null);
    } catch (problem) {
      setError(problem);
    } finally {
      setSending(false);
    }
  };

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
              {problemText(error, t)}
            </Alert>
          )}
          {sent && (
            <Alert color="green" role="status">
              {t(sent === 'reply' ? 'ticket:composer.replySent' : 'ticket:composer.noteSaved')}
            </Alert>
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
          <FileInput multiple clearable label={t('ticket:composer.files')} placeholder={t('ticket:composer.filesPlaceholder')} value={files} onChange={setFiles} />
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
