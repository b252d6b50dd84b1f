import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../api/problem';
import { GENERIC_FIELD, GENERIC_FORM, formErrors } from './form-errors';

// A failed request as a form shows it: translated messages by field, and one for the form. Where
// the interface has no message of its own for the code, the server's (localized) text shows.
export function useFormErrors(error: unknown, known: readonly string[]): { field: (name: string) => string | undefined; form: string | null } {
  const { t } = useTranslation();
  const errors = formErrors(isProblem(error) ? error : error ? { code: 'unknown', body: {}, fields: {} } : null, known);
  const own = (key: string) => key !== GENERIC_FIELD && key !== GENERIC_FORM;
  return {
    field: (name) => {
      const key = errors.fields[name];
      if (!key) return undefined;
      return own(key) || !isProblem(error) ? t(key) : (error.fields[name] || problemText(error) || t(key));
    },
    form: errors.form ? (own(errors.form) ? t(errors.form) : (problemText(error) ?? t(errors.form))) : null,
  };
}

export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
