import schemas from '../../api/admin-schemas.json';

// The admin API's request schemas (written by tools/openapi from the DTOs) turned into form
// fields, and a form's values back into a request body. Pure: no React, no requests.

export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: readonly string[];
  nullable?: boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  writeOnly?: boolean;
  items?: JsonSchema;
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
}

export type SchemaName = keyof typeof schemas;

// How a field is edited. `reference`: the id of a row of another section, chosen by name.
export type FieldKind = 'text' | 'textarea' | 'email' | 'password' | 'color' | 'number' | 'boolean' | 'choice' | 'choices' | 'reference' | 'references' | 'list' | 'rows' | 'object';

export interface FormField {
  name: string;
  kind: FieldKind;
  required: boolean;
  nullable: boolean;
  values?: readonly string[];
  min?: number;
  max?: number;
  defaultValue?: unknown;
  // The section whose rows a reference (or each row's references) names.
  section?: string;
  // The fields of each row of a `rows` field (an array of objects), or of an `object` field.
  rows?: FormField[];
  referencesBy?: ReferencesBy;
}

// A value whose meaning another field of the same row sets (an action's value, by its kind):
// that field's value names the section chosen from, or null where there is no value to give.
// A value of that field not named here leaves the text field as it is.
export interface ReferencesBy {
  field: string;
  sections: Readonly<Record<string, string | null>>;
}

// What a section's hints may say about a field: its widget, and the section a reference names.
export interface FieldHint {
  widget?: 'textarea' | 'email' | 'password' | 'color';
  references?: string;
  referencesBy?: ReferencesBy;
  hidden?: boolean;
}

export function schemaOf(name: string): JsonSchema {
  const schema = (schemas as Record<string, JsonSchema>)[name];
  if (!schema) throw new Error(`no admin schema ${name}`);
  return schema;
}

const refName = (ref: string) => ref.replace('#/components/schemas/', '');

function resolved(schema: JsonSchema): JsonSchema {
  return schema.$ref ? schemaOf(refName(schema.$ref)) : schema;
}

function kindOf(property: JsonSchema, hint: FieldHint): FieldKind {
  if (hint.references) return property.type === 'array' ? 'references' : 'reference';
  if (hint.widget) return hint.widget;
  if (property.$ref && resolved(property).type === 'object') return 'object';
  if (property.type === 'boolean') return 'boolean';
  if (property.type === 'number' || property.type === 'integer') return 'number';
  if (property.type === 'array') {
    const items = resolved(property.items ?? {});
    if (items.type === 'object') return 'rows';
    return items.enum ? 'choices' : 'list';
  }
  if (property.enum) return 'choice';
  return 'text';
}

// The section an id field names, read from the API's names: `departmentId`, `primaryDepartmentId`,
// `leadStaffId`, `staffIds`... A hint's `references` says otherwise (a tree's `parentId`).
const REFERENCES: readonly [RegExp, string][] = [
  [/(^d|D)epartmentIds?$/, 'departments'],
  [/(^s|S)taffIds?$/, 'agents'],
  [/(^t|T)eamIds?$/, 'teams'],
  [/(^r|R)oleIds?$/, 'roles'],
  [/(^h|H)elpTopicIds?$/, 'help-topics'],
  [/(^p|P)riorityIds?$/, 'priorities'],
  [/(^s|S)laPlanIds?$/, 'sla-plans'],
  [/(^s|S)cheduleIds?$/, 'schedules'],
];

export function referenceOf(field: string, property: JsonSchema): string | undefined {
  const format = property.type === 'array' ? resolved(property.items ?? {}).format : property.format;
  if (format !== 'uuid') return undefined;
  return REFERENCES.find(([name]) => name.test(field))?.[1];
}

// The fields of a schema in its order, shaped by the hints (keyed by field name; nested rows by
// `field.inner`). Fields the hints hide are left out.
export function formFields(name: string, hints: Record<string, FieldHint> = {}, prefix = ''): FormField[] {
  const schema = schemaOf(name);
  const required = new Set(schema.required ?? []);
  const fields: FormField[] = [];
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    const hint: FieldHint = { references: referenceOf(field, property), ...hints[prefix + field] };
    if (hint.hidden) continue;
    const kind = kindOf(property, hint);
    const items = property.items ? resolved(property.items) : undefined;
    fields.push({
      name: field,
      kind,
      required: required.has(field),
      nullable: property.nullable === true,
      values: property.enum ?? items?.enum,
      min: property.minimum,
      max: property.maximum,
      defaultValue: property.default,
      section: hint.references,
      rows: kind === 'rows' && property.items?.$ref ? formFields(refName(property.items.$ref), hints, `${field}.`) : kind === 'object' ? formFields(refName(property.$ref!), hints, `${field}.`) : undefined,
      referencesBy: hint.referencesBy,
    });
  }
  return fields;
}

export type FormValues = Record<string, unknown>;

// The values a form starts with: the row being edited, or the schema's defaults for a new one.
export function initialValues(fields: readonly FormField[], row?: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = row ? row[field.name] : field.defaultValue;
    // An object's own fields start as they do (a week's days, each closed).
    values[field.name] = field.kind === 'object' ? initialValues(field.rows ?? [], (value as FormValues | null | undefined) ?? undefined) : (value ?? emptyOf(field));
  }
  return values;
}

function emptyOf(field: FormField): unknown {
  if (field.kind === 'object') return initialValues(field.rows ?? []);
  if (field.kind === 'boolean') return false;
  if (field.kind === 'number') return '';
  if (['choices', 'references', 'list', 'rows'].includes(field.kind)) return [];
  return field.kind === 'choice' || field.kind === 'reference' ? null : '';
}

// The field as the other values of its row make it: a choice from the section they name, or
// null where it takes no value.
export function fieldIn(field: FormField, values: FormValues): FormField | null {
  if (!field.referencesBy) return field;
  const by = values[field.referencesBy.field];
  if (typeof by !== 'string' || !Object.hasOwn(field.referencesBy.sections, by)) return field;
  const section = field.referencesBy.sections[by];
  return section === null ? null : { ...field, kind: 'reference', section };
}

// The values with one field changed; a value another field gave its meaning starts over.
export function withValue(fields: readonly FormField[], values: FormValues, name: string, value: unknown): FormValues {
  const next: FormValues = { ...values, [name]: value };
  for (const field of fields) if (field.referencesBy?.field === name && values[name] !== value) next[field.name] = emptyOf(field);
  return next;
}

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;

function bodyValue(field: FormField, value: unknown): unknown {
  if (isEmpty(value)) return field.nullable ? null : undefined;
  if (field.kind === 'number') return Number(value);
  if (field.kind === 'rows' && Array.isArray(value)) return value.map((row) => rowBody(field.rows ?? [], row as FormValues));
  if (field.kind === 'object') return rowBody(field.rows ?? [], value as FormValues);
  return value;
}

function rowBody(fields: readonly FormField[], row: FormValues): FormValues {
  const body: FormValues = {};
  for (const field of fields) {
    const value = bodyValue(field, row[field.name]);
    if (value !== undefined && value !== null) body[field.name] = value;
  }
  return body;
}

// A create request: every field with a value (an empty optional one is left out, so the API's
// default applies). An edit: only the fields that changed, an emptied nullable one as null.
export function requestBody(fields: readonly FormField[], values: FormValues, before?: FormValues): FormValues {
  const body: FormValues = {};
  for (const field of fields) {
    if (before && JSON.stringify(values[field.name]) === JSON.stringify(before[field.name])) continue;
    const value = bodyValue(field, values[field.name]);
    if (value === undefined) continue;
    if (!before && value === null) continue;
    if (field.kind === 'password' && isEmpty(values[field.name])) continue;
    body[field.name] = value;
  }
  return body;
}
