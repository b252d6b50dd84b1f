import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { AccountCard } from './account-card';

// /ticket-link: a ticket's reference and one's address -> the ticket's guest link by mail. The
// answer is the same whether or not the address takes part in the ticket.
export function TicketLinkPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [form, setForm] = useState({ reference: useSearchParams()[0].get('reference') ?? '', email: '' });
  const request = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/guest/link', { params: { path: { slug } }, body: form })),
  });
  const errors = useFormErrors(request.error, ['reference', 'email']);
  const change = (field: keyof typeof form) => (event: { currentTarget: { value: string } }) => setForm({ ...form, [field]: event.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <AccountCard title={t('portal:ticketLink.title')}>
      {request.isSuccess ? (
        <Alert color="teal" role="status">
          {t('portal:ticketLink.sent', { email: form.email, reference: form.reference.trim() })}
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">{t('portal:ticketLink.text')}</Text>
            <FormAlert message={errors.form} />
            <TextInput label={t('portal:ticketLink.reference')} required value={form.reference} onChange={change('reference')} error={errors.field('reference')} />
            <TextInput label={t('portal:fields.email')} type="email" autoComplete="email" required value={form.email} onChange={change('email')} error={errors.field('email')} />
            <Button type="submit" loading={request.isPending}>
              {t('portal:ticketLink.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('portal:ticketLink.signIn')}
      </Anchor>
    </AccountCard>
  );
}
