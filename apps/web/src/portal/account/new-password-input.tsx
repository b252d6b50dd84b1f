import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// A password being chosen: the rule stated up front (10 to 256 characters).
export function NewPasswordInput({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('portal:fields.newPassword')}
      description={t('portal:fields.passwordRule')}
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={256}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
