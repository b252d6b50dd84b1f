import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SignInNameProps {
  // The instance signs these people in through its LDAP directory: a user name works too.
  directory: boolean;
  emailLabel: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

// The name a person signs in with: an e-mail address, or also a directory user name.
export function SignInName({ directory, emailLabel, value, onChange, error }: SignInNameProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={directory ? t('common:signIn.nameOrEmail') : emailLabel}
      type={directory ? 'text' : 'email'}
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
