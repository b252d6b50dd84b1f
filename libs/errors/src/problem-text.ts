import { ERROR_MESSAGES, FALLBACK_TITLE, FIELD_MESSAGES, Messages, PROBLEM_TITLES } from './error-messages';
import type { Language } from './language';

const PLACEHOLDER = /\{([\w.]+)\}/g;
const OPTIONAL = /\[([^\]]*)\]/g;

// The names a message fills in, e.g. ['field', 'max'] for "{field} holds more than {max} values".
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();
}

function valueAt(values: Record<string, unknown>, path: string): string | undefined {
  let value: unknown = values;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(', ') : undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

// A message with its values put in; a [bracketed] part whose values are missing is dropped.
// Undefined when a value outside brackets is missing.
export function interpolate(message: string, values: Record<string, unknown>): string | undefined {
  const fill = (text: string) => {
    let complete = true;
    const filled = text.replace(PLACEHOLDER, (_match, name: string) => valueAt(values, name) ?? ((complete = false), ''));
    return complete ? filled : undefined;
  };
  return fill(message.replace(OPTIONAL, (_match, part: string) => fill(part) ?? ''));
}

// The fields an answer names: those of its `errors[]`, or its one `field`.
function fieldsOf(members: Record<string, unknown>): string[] | undefined {
  const errors = members.errors;
  if (Array.isArray(errors)) {
    const fields = errors.map((error) => (error as { field?: unknown })?.field).filter((field): field is string => typeof field === 'string');
    if (fields.length > 0) return [...new Set(fields)];
  }
  return typeof members.field === 'string' ? [members.field] : undefined;
}

export function problemTitle(status: number, language: Language): string {
  return (PROBLEM_TITLES[status] ?? FALLBACK_TITLE)[language];
}

// The `detail` of a problem in a language, from the catalogue entry of its code and its members;
// undefined for a code the catalogue does not know or values the answer lacks.
export function problemDetail(code: string, members: Record<string, unknown>, language: Language): string | undefined {
  const messages: Messages | undefined = ERROR_MESSAGES[code];
  return messages && interpolate(messages[language], { ...members, fields: fieldsOf(members) });
}

// One rule of a field that failed validation and the values of the rule, e.g.
// { rule: 'maxLength', limit: 200 } or { rule: 'length', min: 1, max: 255 }.
export interface FieldRule {
  rule: string;
  [value: string]: unknown;
}

export function fieldMessage(field: string, rule: FieldRule, language: Language): string {
  const messages = FIELD_MESSAGES[rule.rule] ?? FIELD_MESSAGES.invalid;
  return interpolate(messages[language], { ...rule, field }) ?? interpolate(FIELD_MESSAGES.invalid[language], { field })!;
}
