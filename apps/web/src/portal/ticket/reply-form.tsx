import { Alert, Anchor, Button, FileButton, Group, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, data, withFiles } from '../../api/client';
import { formatBytes } from '../../format/format';
import { ChosenFiles } from '../../shell/chosen-files';
import { useInstance, useLocale } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { fileRefusalOf } from '../form-errors';
import { ticketPath } from '../portal-links';
import { storedGuestLink } from '../requester-session';
import { useTicketChanged } from './ticket-query';

export function ReplyForm({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const changed = useTicketChanged();
  const [message, setMessage] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  // Empties the hidden file input, so the same file can be chosen again after its removal.
  const resetChooser = useRef<() => void>(null);
  const reply = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/tickets/{reference}/replies', { params: { path: { slug, reference } }, ...withFiles({ message }, files) })),
    onSuccess: async () => {
      setMessage('');
      setFiles([]);
      await changed(reference);
    },
  });
  // A file the instance's limits refuse is named; the text and the files stay for another try.
  const refusal = fileRefusalOf(reply.error);
  const errors = useFormErrors(refusal ? null : reply.error, ['message']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate();
  };
  const add = (chosen: File[]) => {
    setFiles((current) => [...current, ...chosen.filter((file) => !current.some((known) => known.name === file.name && known.size === file.size))]);
    resetChooser.current?.();
  };
  const remove = (file: File) => setFiles((current) => current.filter((known) => known !== file));
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
            <Anchor component={Link} to={followUpLink} underline="always">
              {t('portal:reply.openFollowUp')}
            </Anchor>
          </Alert>
        )}
        <Textarea label={t('portal:reply.message')} required autosize minRows={4} value={message} onChange={(event) => setMessage(event.currentTarget.value)} error={errors.field('message')} />
        <ChosenFiles files={files} label={t('portal:reply.chosen')} removeLabel={(file) => t('portal:reply.remove', { name: file.name })} onRemove={remove} />
        {refusal && (
          <Alert color="red" role="alert" title={t('portal:reply.refusedTitle')}>
            {refusal.reason === 'too-large'
              ? t('portal:reply.refusedTooLarge', { name: refusal.filename, limit: formatBytes(refusal.maxBytes, locale) })
              : t('portal:reply.refusedType', { name: refusal.filename })}
          </Alert>
        )}
        <Group justify="space-between">
          <FileButton onChange={add} multiple resetRef={resetChooser}>
            {(props) => (
              <Button {...props} variant="default">
                {t('portal:reply.files')}
              </Button>
            )}
          </FileButton>
          <Button type="submit" loading={reply.isPending}>
            {t('portal:reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
