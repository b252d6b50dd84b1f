import { invalidAt } from './configuration.errors';
import { ConfigurationSection, ReferenceReader, ReferenceResolver, SectionField, ValueType, isReference, isTranslated } from './configuration-section';

export type Row = Record<string, unknown>;
export type Item = Record<string, unknown>;

// JSON with the members of every object sorted: two equal values give the same text, whatever
// order jsonb or the file wrote them in.
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, member]) => `${JSON.stringify(name)}:${stableJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

// The key a row is found by and referred to: the one key field's value, or an object of them.
export function keyOfItem(section: ConfigurationSection, item: Item): unknown {
  if (section.key.length === 1) return item[section.key[0]];
  return Object.fromEntries(section.key.map((name) => [name, item[name] ?? null]));
}

// A stored row as the file writes it; `pathOf` gives a tree row's path of names.
export function itemOfRow(section: ConfigurationSection, row: Row, references: ReferenceReader, pathOf: (row: Row) => string[]): Item {
  const item: Item = {};
  if (section.tree) item.path = pathOf(row);
  for (const [name, field] of Object.entries(section.fields)) {
    const value = row[field.column] ?? null;
    if (isReference(field)) item[name] = value === null ? null : references.keyOf(field.references, String(value));
    else if (isTranslated(field)) item[name] = field.toFile(value, references);
    else item[name] = value;
  }
  return item;
}

const TYPE_CHECKS: Record<ValueType, { test: (value: unknown) => boolean; expected: string }> = {
  text: { test: (value) => typeof value === 'string', expected: 'text' },
  integer: { test: (value) => Number.isSafeInteger(value), expected: 'a whole number' },
  boolean: { test: (value) => typeof value === 'boolean', expected: 'true or false' },
  texts: { test: (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'), expected: 'a list of texts' },
  json: { test: () => true, expected: 'JSON' },
};

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function checkField(name: string, field: SectionField, value: unknown, at: string): void {
  if (value === null) {
    if (!field.nullable) throw invalidAt(`${at}.${name}`, 'is required');
    return;
  }
  if (isReference(field)) return;
  const check = TYPE_CHECKS[isTranslated(field) ? 'json' : field.type];
  if (!check.test(value)) throw invalidAt(`${at}.${name}`, `must be ${check.expected}`);
}

// One item of the file checked against its section: known members only, each of its type.
export function checkedItem(section: ConfigurationSection, value: unknown, at: string): Item {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidAt(at, 'must be an object');
  const item = value as Item;
  const members = [...Object.keys(section.fields), ...(section.tree ? ['path'] : [])];
  const unknown = Object.keys(item).find((name) => !members.includes(name));
  if (unknown !== undefined) throw invalidAt(`${at}.${unknown}`, 'is not a member of this section');
  const checked: Item = {};
  if (section.tree) {
    const path = item.path;
    if (!Array.isArray(path) || path.length === 0 || !path.every(isText)) throw invalidAt(`${at}.path`, 'must be a list of names from the root');
    checked.path = path;
  }
  for (const [name, field] of Object.entries(section.fields)) {
    const member = item[name] ?? null;
    checkField(name, field, member, at);
    checked[name] = member;
  }
  return checked;
}

// The columns an item is stored as, its references resolved to the target instance's ids.
export function columnsOfItem(section: ConfigurationSection, item: Item, references: ReferenceResolver, at: string): Row {
  const columns: Row = {};
  if (section.tree) {
    const path = item.path as string[];
    columns[section.tree.nameColumn] = path[path.length - 1];
    columns[section.tree.parentColumn] = path.length > 1 ? references.idOf(section.name, path.slice(0, -1), `${at}.path`) : null;
  }
  for (const [name, field] of Object.entries(section.fields)) {
    const value = item[name];
    if (isReference(field)) columns[field.column] = value === null ? null : references.idOf(field.references, value, `${at}.${name}`);
    else if (isTranslated(field)) columns[field.column] = value === null ? null : field.fromFile(value, references, `${at}.${name}`);
    else columns[field.column] = value;
  }
  return columns;
}

// Json columns go to the driver as text: it would write a JS array as a PostgreSQL array.
export function jsonColumns(section: ConfigurationSection): Set<string> {
  return new Set(Object.values(section.fields).filter((field) => isTranslated(field) || (!isReference(field) && field.type === 'json')).map((field) => field.column));
}
