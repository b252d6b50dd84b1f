import { Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { useTicketChanged, type PortalTicket } from './ticket-query';

const WORDS = ['portal:rating.words.1', 'portal:rating.words.2', 'portal:rating.words.3', 'portal:rating.words.4', 'portal:rating.words.5'] as const;

// Once resolved: 1 to 5 and a comment, once. A given rating is shown instead.
export function RatingForm({ ticket }: { ticket: PortalTicket }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const changed = useTicketChanged();
  const [rating, setRating] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const rate = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/t/{slug}/portal/tickets/{reference}/rating', {
          params: { path: { slug, reference: ticket.reference } },
          body: { rating: Number(rating), ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
      ),
    onSuccess: () => changed(ticket.reference),
  });
  const errors = useFormErrors(rate.error, ['rating', 'comment']);
  if (ticket.rating) {
    return (
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('portal:rating.title')}
        </Title>
        <Text>{t('portal:rating.given', { rating: ticket.rating.value, word: t(WORDS[ticket.rating.value - 1] ?? WORDS[0]) })}</Text>
        {ticket.rating.comment && <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.rating.comment}</Text>}
      </Stack>
    );
  }
  if (!ticket.actions.rate) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!rating) setMissing(true);
    else rate.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h3">
          {t('portal:rating.title')}
        </Title>
        <FormAlert message={errors.form} />
        <Radio.Group
          label={t('portal:rating.question')}
          value={rating}
          onChange={(value) => {
            setRating(value);
            setMissing(false);
          }}
          error={missing ? t('portal:rating.pickOne') : errors.field('rating')}
          errorProps={{ role: 'alert' }}
        >
          <Group gap="md" mt="xs">
            {WORDS.map((word, index) => (
              <Radio key={word} value={String(index + 1)} label={t('portal:rating.option', { rating: index + 1, word: t(word) })} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t('portal:rating.comment')} autosize minRows={2} maxLength={2000} value={comment} onChange={(event) => setComment(event.currentTarget.value)} error={errors.field('comment')} />
        <Group justify="flex-end">
          <Button type="submit" loading={rate.isPending}>
            {t('portal:rating.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
