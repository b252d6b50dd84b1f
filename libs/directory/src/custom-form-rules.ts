import { LANGUAGES, Language, isLanguage } from '@tessera/errors';
import { isUuid } from '@tessera/database';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { normalizeEmail } from './email-address';

// The rules of custom lists, fields and forms, and of the values a form takes. Pure: no
// database; the ids a value names are checked by the caller (see referencesOf).

export const CUSTOM_FIELD_TYPES = [
  'short_text',
  'long_text',
  'number',
  'date',
  'date_time',
  'choice',
  'checkbox',
  'email',
  'phone',
  'requester',
  'agent',
  'department',
  'organization',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

// requester_edit: the requester sees and fills it in; requester_view: the requester sees it,
// agents fill it in; agents: the requester never sees it.
export const FIELD_VISIBILITIES = ['requester_edit', 'requester_view', 'agents'] as const;
export type FieldVisibility = (typeof FIELD_VISIBILITIES)[number];

export const FORM_KINDS = ['ticket', 'requester', 'organization'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const REFERENCE_FIELD_TYPES = ['requester', 'agent', 'department', 'organization'] as const;
export type ReferenceFieldType = (typeof REFERENCE_FIELD_TYPES)[number];

export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_LABEL_LENGTH = 200;
export const MAX_LIST_ITEMS = 500;
export const MAX_FORM_FIELDS = 100;
const MAX_SHORT_TEXT = 500;
const MAX_LONG_TEXT = 20000;

export interface Label {
  language: Language;
  text: string;
}

export interface ListItem {
  value: string;
  labels: Label[];
}

// A field as a form offers it: what validating and showing a value needs.
export interface FormFieldView {
  id: string;
  key: string;
  type: CustomFieldType;
  labels: Label[];
  help: Label[];
  isMultiple: boolean;
  visibility: FieldVisibility;
  required: boolean;
  // A choice field's values in order, with their labels.
  items: ListItem[];
}

// Who fills the form in: a requester may set only the fields they may edit, and must fill in
// only those; an agent sets any. `null`: nobody saw a form (mail, follow-ups, recurring
// tickets): values are checked, required fields are not.
export type FormFiller = 'requester' | 'agent' | null;

// Labels as written, trimmed, one per shipped language; `required`: at least one.
export function checkedLabels(labels: readonly Label[], field: string, required = true): Label[] {
  const seen = new Set<string>();
  const checked: Label[] = [];
  labels.forEach((label, index) => {
    if (!isLanguage(label.language)) throw invalidField(`${field}.${index}.language`, `The language must be one of ${LANGUAGES.join(', ')}`);
    if (seen.has(label.language)) throw invalidField(`${field}.${index}.language`, `There is already a label in ${label.language}`);
    const text = label.text.trim();
    if (!text || text.length > MAX_LABEL_LENGTH) throw invalidField(`${field}.${index}.text`, `A label holds 1 to ${MAX_LABEL_LENGTH} characters`);
    seen.add(label.language);
    checked.push({ language: label.language, text });
  });
  if (required && checked.length === 0) throw invalidField(field, 'Give a label in at least one language');
  return checked;
}

// The label in the language asked for, else English, else the first there is.
export function labelIn(labels: readonly Label[], language: string): string | null {
  return (labels.find((l) => l.language === language) ?? labels.find((l) => l.language === 'en') ?? labels[0])?.text ?? null;
}

export function checkedFieldKey(key: string): string {
  if (!FIELD_KEY_PATTERN.test(key)) throw invalidField('key', 'A key is a lower-case letter, then up to 39 lower-case letters, digits or underscores');
  return key;
}

export function checkedListItems(items: readonly ListItem[]): ListItem[] {
  if (items.length > MAX_LIST_ITEMS) throw invalidField('items', `A list holds at most ${MAX_LIST_ITEMS} values`);
  const seen = new Set<string>();
  return items.map((item, index) => {
    const value = item.value.trim();
    if (!value || value.length > MAX_LABEL_LENGTH) throw invalidField(`items.${index}.value`, `A value holds 1 to ${MAX_LABEL_LENGTH} characters`);
    if (seen.has(value)) throw invalidField(`items.${index}.value`, `The value "${value}" is already in the list`);
    seen.add(value);
    return { value, labels: checkedLabels(item.labels, `items.${index}.labels`, false) };
  });
}

// May this filler set the field? A requester sets the fields they fill in, but never a reference:
// the portal lists no agents, departments, organizations or other requesters to pick from, and an
// id typed by hand is no answer anyone can give. Agents fill those in.
export function mayEdit(field: Pick<FormFieldView, 'visibility' | 'type'>, filler: FormFiller): boolean {
  if (filler !== 'requester') return true;
  return field.visibility === 'requester_edit' && !(REFERENCE_FIELD_TYPES as readonly string[]).includes(field.type);
}

// May a requester see the field's value?
export function requesterSees(field: Pick<FormFieldView, 'visibility'>): boolean {
  return field.visibility !== 'agents';
}

type Value = string | number | boolean | string[];

// A form's values checked against its fields: `given` holds new values by key (null clears one),
// `current` the values kept so far. Answers the values to keep; refuses (400 naming
// `customData.<key>`) an unknown key, a value of the wrong type, a field the filler may not set,
// and a required field left empty. An edit (`current` given) checks only the keys it names.
export function checkedCustomData(
  fields: readonly FormFieldView[],
  given: Readonly<Record<string, unknown>>,
  filler: FormFiller,
  current?: Readonly<Record<string, unknown>>,
  path = 'customData',
): Record<string, unknown> {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const data: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, raw] of Object.entries(given)) {
    const field = byKey.get(key);
    const at = `${path}.${key}`;
    if (!field) {
      // Clearing a value a form no longer asks for is always allowed.
      if ((raw === null || raw === undefined) && current) {
        delete data[key];
        continue;
      }
      throw fieldError(DirectoryErrorCode.UnknownField, at, `No form of this ${path === 'customData' ? 'ticket' : 'record'} has a field "${key}"`);
    }
    if (!mayEdit(field, filler)) throw fieldError(DirectoryErrorCode.ReadOnlyField, at, `Only agents set "${key}"`);
    const value = checkedValue(field, raw, at);
    if (value === null) delete data[key];
    else data[key] = value;
  }
  if (filler) {
    const named = current ? fields.filter((field) => field.key in given) : fields;
    for (const field of named) {
      if (field.required && mayEdit(field, filler) && isBlank(data[field.key], field)) {
        throw fieldError(DirectoryErrorCode.RequiredField, `${path}.${field.key}`, `"${field.key}" must be filled in`);
      }
    }
  }
  return data;
}

function isBlank(value: unknown, field: FormFieldView): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  // A required check box is one that must be ticked (terms accepted).
  return field.type === 'checkbox' && value === false;
}

// One value in the shape its type keeps; null (or an empty text) for none.
function checkedValue(field: FormFieldView, raw: unknown, at: string): Value | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const refuse = (what: string) => fieldError(DirectoryErrorCode.InvalidFieldValue, at, `"${field.key}" takes ${what}`);
  const text = (max: number): string => {
    if (typeof raw !== 'string') throw refuse('text');
    const value = raw.trim();
    if (value.length > max) throw refuse(`at most ${max} characters`);
    return value;
  };
  switch (field.type) {
    case 'short_text':
      return text(MAX_SHORT_TEXT) || null;
    case 'long_text':
      return text(MAX_LONG_TEXT) || null;
    case 'number':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw refuse('a number');
      return raw;
    case 'checkbox':
      if (typeof raw !== 'boolean') throw refuse('true or false');
      return raw;
    case 'date': {
      const value = text(10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw refuse('a date like 2026-12-31');
      return value;
    }
    case 'date_time': {
      const value = text(40);
      const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : null;
      if (!time || Number.isNaN(time.getTime())) throw refuse('a date and time with its offset, like 2026-12-31T09:30:00Z');
      return time.toISOString();
    }
    case 'email': {
      const value = normalizeEmail(text(254));
      if (!value) throw refuse('an e-mail address');
      return value;
    }
    case 'phone': {
      const value = text(40);
      if (!/^\+?[0-9 ().-]+$/.test(value) || value.replace(/\D/g, '').length < 3) throw refuse('a telephone number');
      return value;
    }
    case 'choice': {
      const allowed = new Set(field.items.map((item) => item.value));
      const values = field.isMultiple ? raw : [raw];
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || !allowed.has(v))) {
        throw refuse(field.isMultiple ? 'a list of values of its list' : 'one value of its list');
      }
      if (!field.isMultiple) return values[0] as string;
      const unique = [...new Set(values as string[])];
      return unique.length > 0 ? unique : null;
    }
    default:
      if (typeof raw !== 'string' || !isUuid(raw)) throw refuse(`the id of a${field.type === 'agent' ? 'n' : ''} ${field.type}`);
      return raw;
  }
}

// The ids a form's values name, by type, with the field each came from: the caller checks that
// they exist in the instance.
export function referencesOf(fields: readonly FormFieldView[], data: Readonly<Record<string, unknown>>): { type: ReferenceFieldType; id: string; key: string }[] {
  return fields
    .filter((field): field is FormFieldView & { type: ReferenceFieldType } => (REFERENCE_FIELD_TYPES as readonly string[]).includes(field.type))
    .filter((field) => typeof data[field.key] === 'string')
    .map((field) => ({ type: field.type, id: data[field.key] as string, key: field.key }));
}

// A stored value as text, for search and for conditions: a choice list's values joined by
// commas, a check box as true/false, anything else as kept. Undefined when there is none.
export function customValueText(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

// What a queue filter on one field matches: the value given as text (a query parameter) in the
// shape the field keeps, as a JSON object that `custom_data @> $1` finds (a multiple choice
// matches when it holds the value). A choice takes any value, also one taken out of its list:
// old tickets keep it. Refuses (400 naming `at`) text the field could not hold.
export function customDataMatch(field: FormFieldView, text: string, at = 'customValue'): Record<string, Value> {
  let raw: unknown = text;
  if (field.type === 'number') raw = text.trim() === '' ? Number.NaN : Number(text);
  if (field.type === 'checkbox') raw = text === 'true' ? true : text === 'false' ? false : text;
  if (field.type === 'choice') {
    const value = text.trim();
    if (!value || value.length > MAX_LABEL_LENGTH) throw fieldError(DirectoryErrorCode.InvalidFieldValue, at, `"${field.key}" takes one value of its list`);
    return { [field.key]: field.isMultiple ? [value] : value };
  }
  const value = checkedValue(field, raw, at);
  if (value === null) throw fieldError(DirectoryErrorCode.InvalidFieldValue, at, `Give the value of "${field.key}" to look for`);
  return { [field.key]: value };
}

export function fieldError(code: DirectoryErrorCode, field: string, message: string): DirectoryError {
  return new DirectoryError(code, message, { field });
}
