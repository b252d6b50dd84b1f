import { isProblem } from '../../api/problem';
import { useFormErrors } from '../../portal/form-alert';
import type { FormField } from './admin-schema';

// A refused save as a console form shows it: each message beside the field the answer points at
// (`errors[].field`, or the one `field`, also inside a list: `departments.0.roleId`), the rest
// above the form.
export function useAdminErrors(error: unknown, fields: readonly FormField[]) {
  const named = isProblem(error) ? (typeof error.body.field === 'string' ? [error.body.field] : Object.keys(error.fields)) : [];
  const known = named.filter((name) => fields.some((field) => name === field.name || ((field.kind === 'rows' || field.kind === 'object') && name.startsWith(`${field.name}.`))));
  return useFormErrors(error, known);
}
