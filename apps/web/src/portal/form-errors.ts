import { isProblem, type ApiProblem } from '../api/problem';

// What a form shows for a failed request: a message beside each field the answer names, and one
// for the whole form. Messages are locale keys; where no key fits, the API's own (localized) text
// is shown instead (useFormErrors).
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

const FIELD_MESSAGES: Record<string, string> = {
  'auth.weak-password': 'portal:errors.weak-password',
  // A custom field's: in English the API's text names the field's key, not its label.
  'form.required': 'portal:errors.form-required',
  'form.invalid-value': 'portal:errors.form-invalid-value',
  'form.read-only': 'portal:errors.form-read-only',
  'requester.invalid-email': 'portal:errors.invalid-email',
};

const FORM_MESSAGES: Record<string, string> = {
  'auth.invalid-credentials': 'portal:errors.invalid-credentials',
  'auth.rate-limited': 'portal:errors.rate-limited',
  'requester.token-expired': 'portal:errors.token-expired',
  'requester.token-invalid': 'portal:errors.token-invalid',
  'requester.cannot-login': 'portal:errors.cannot-login',
  'requester.registration-closed': 'portal:errors.registration-closed',
  'requester.invitation-only': 'portal:errors.registration-closed',
  'requester.sign-in-required': 'portal:errors.sign-in-required',
  'ticket.forbidden': 'portal:errors.forbidden',
  'ticket.open-tasks': 'portal:errors.open-tasks',
  'ticket.invalid-transition': 'portal:errors.invalid-transition',
  'ticket.not-rateable': 'portal:errors.not-rateable',
  'ticket.already-rated': 'portal:errors.already-rated',
  'ticket.stale': 'portal:errors.stale',
  'request.too-large': 'portal:errors.too-large',
  network: 'common:error.network',
};

// `known` are the fields the form shows; a field error for any other goes to the whole form.
export function formErrors(problem: Pick<ApiProblem, 'code' | 'body' | 'fields'> | null, known: readonly string[]): FormErrors {
  if (!problem) return { fields: {}, form: null };
  const fields: Record<string, string> = {};
  const named = typeof problem.body.field === 'string' ? [problem.body.field] : Object.keys(problem.fields);
  const message = FIELD_MESSAGES[problem.code] ?? GENERIC_FIELD;
  for (const field of named) if (known.includes(field)) fields[field] = message;
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields, form: FORM_MESSAGES[problem.code] ?? GENERIC_FORM };
}

export const GENERIC_FIELD = 'portal:errors.field-invalid';
export const GENERIC_FORM = 'common:error.generic';

// A file the instance's limits refuse (`ticket.attachment-refused`): which one, and why.
export interface FileRefusal {
  filename: string;
  reason: 'too-large' | 'type-not-allowed';
  maxBytes: number;
}

export function fileRefusalOf(error: unknown): FileRefusal | null {
  if (!isProblem(error, 'ticket.attachment-refused')) return null;
  const { filename, reason, maxBytes } = error.body;
  return { filename: String(filename ?? ''), reason: reason === 'too-large' ? 'too-large' : 'type-not-allowed', maxBytes: Number(maxBytes ?? 0) };
}
