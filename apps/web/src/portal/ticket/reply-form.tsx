import { Alert, Anchor, Button, FileInput, Group, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { ticketPath } from '../portal-links';
import { storedGuestLink } from '../requester-session';
import { useTicketChanged } from './ticket-query';

// The reply sent as JSON, or as multipart (`message` and repeated `files`) when files are chosen.
function replyBody(message: string, files: File[]): { body: { message: string }; bodySerializer?: () => FormData } {
  if (files.length === 0) return { body: { message } };
  return {
    body: { message },
    bodySerializer: () => {
      const form = new FormData();
      form.append('message', message);
      for (const file of files) form.append('files', file, file.name);
      return form;
    },
  };
}

export function ReplyForm({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const changed = useTicketChanged();
  const [message, setMessage] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const reply = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/tickets/{reference}/replies', { params: { path: { slug, reference } }, ...replyBody(message, files) })),
    onSuccess: async () => {
      setMessage('');
      setFiles([]);
      await changed(reference);
    },
  });
  const errors = useFormErrors(reply.error, ['message', 'files']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate();
  };
  // A reply to a closed ticket may open a new one, linked to it: say where it went.
  const followUp = reply.data?.followUp ? reply.data : null;
  const guest = storedGuestLink(slug);
  const followUpLink = followUp ? ticketPath(followUp.reference) + (followUp.guestToken && guest ? `?${new URLSearchParams({ email: guest.email, token: followUp.guestToken })}` : '') : null;
  return (
    <form onSubmit={submit}>
      <Stack>
        <Title order={2} size="h3">
          {t('portal:reply.title')}
        </Title>
        <FormAlert message={errors.form} />
        {followUp && followUpLink && (
          <Alert color="blue" role="status">
            {t('portal:reply.followUp', { reference: followUp.reference })}{' '}
            <Anchor component={Link} to={followUpLink}>
              {t('portal:reply.openFollowUp')}
            </Anchor>
          </Alert>
        )}
        <Textarea label={t('portal:reply.message')} required autosize minRows={4} value={message} onChange={(event) => setMessage(event.currentTarget.value)} error={errors.field('message')} />
        <FileInput
          label={t('portal:reply.files')}
          placeholder={t('portal:reply.filesPlaceholder')}
          multiple
          clearable
          value={files}
          onChange={setFiles}
          error={errors.field('files')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={reply.isPending}>
            {t('portal:reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
