import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { FormAlert, useFormErrors } from '../form-alert';
import { AccountCard } from './account-card';
import { NewPasswordInput } from './new-password-input';

// Open registration: name, address, password, then a mail to confirm the address. Elsewhere
// accounts come by invitation.
export function RegisterPage() {
  const { t } = useTranslation();
  const { registration } = useInstance();
  if (registration !== 'open') {
    return (
      <AccountCard title={t('portal:register.title')}>
        <Text>{t('portal:register.byInvitation')}</Text>
        <Anchor component={Link} to="/login">
          {t('portal:register.haveAccount')}
        </Anchor>
      </AccountCard>
    );
  }
  return <RegisterForm />;
}

function RegisterForm() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const register = useMutation({
    mutationFn: () => data(api.POST('/api/v1/t/{slug}/portal/auth/register', { params: { path: { slug } }, body: form })),
  });
  const errors = useFormErrors(register.error, ['name', 'email', 'password']);
  if (register.isSuccess) {
    return (
      <AccountCard title={t('portal:register.sentTitle')}>
        <Alert color="teal" role="status">
          {t('portal:register.sent', { email: form.email })}
        </Alert>
      </AccountCard>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate();
  };
  return (
    <AccountCard title={t('portal:register.title')}>
      <form onSubmit={submit}>
        <Stack>
          <FormAlert message={errors.form} />
          <TextInput label={t('portal:fields.name')} autoComplete="name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={errors.field('name')} />
          <TextInput label={t('portal:fields.email')} type="email" autoComplete="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} error={errors.field('email')} />
          <NewPasswordInput value={form.password} onChange={(password) => setForm({ ...form, password })} error={errors.field('password')} />
          <Button type="submit" loading={register.isPending}>
            {t('portal:register.submit')}
          </Button>
          <Anchor component={Link} to="/login" size="sm">
            {t('portal:register.haveAccount')}
          </Anchor>
        </Stack>
      </form>
    </AccountCard>
  );
}
