import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../api/problem';
import { formErrors } from './form-errors';

// A failed request as a form shows it: translated messages by field, and one for the form.
export function useFormErrors(error: unknown, known: readonly string[]): { field: (name: string) => string | undefined; form: string | null } {
  const { t } = useTranslation();
  const errors = formErrors(isProblem(error) ? error : error ? { code: 'unknown', body: {}, fields: {} } : null, known);
  return {
    field: (name) => (errors.fields[name] ? t(errors.fields[name]) : undefined),
    form: errors.form ? t(errors.form) : null,
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
