// One section of a configuration file: the rows of one table, each written with its natural key
// (a name, a code, a path of names) and its references to other sections by their keys, never by
// id. A new section is one module describing its table, registered in configuration-sections.ts.

export type ValueType = 'text' | 'integer' | 'boolean' | 'texts' | 'json';

// A value stored as it is in the file.
export interface ValueField {
  column: string;
  type: ValueType;
  nullable?: boolean;
}

// A row of another section (or of this one), written as that row's key.
export interface ReferenceField {
  column: string;
  references: string;
  nullable?: boolean;
}

// A json column holding ids inside (a filter's actions, the priority matrix): translated both
// ways by the section.
export interface TranslatedField {
  column: string;
  type: 'json';
  nullable?: boolean;
  toFile(value: unknown, references: ReferenceReader): unknown;
  fromFile(value: unknown, references: ReferenceResolver, path: string): unknown;
}

export type SectionField = ValueField | ReferenceField | TranslatedField;

export interface ReferenceReader {
  // The key of a row by id, or null when the row is not part of the configuration.
  keyOf(section: string, id: string): unknown;
}

export interface ReferenceResolver {
  // The id of the row with this key in the target instance; refuses naming `path` when none.
  idOf(section: string, key: unknown, path: string): string;
}

export interface SectionProblem {
  field: string;
  message: string;
}

// A query in the import's tenant transaction.
export type SectionQuery = (sql: string, parameters: unknown[]) => Promise<Array<Record<string, unknown>>>;

// What a section's checks may look at besides the columns: the row they replace, and the rows
// the import has written so far.
export interface SectionContext {
  // The stored columns of the row being updated; null for a new one.
  existing: Record<string, unknown> | null;
  query: SectionQuery;
}

export interface ConfigurationSection {
  // The member of `sections` in the file, e.g. helpTopics.
  name: string;
  table: string;
  // The natural key: file fields (or `path` for a tree) that find the same row in another instance.
  key: string[];
  fields: Record<string, SectionField>;
  // A tree keyed by the path of names from its root: the file's `path` is stored as these columns.
  tree?: { parentColumn: string; nameColumn: string };
  // One row per instance (the settings), written as an object rather than a list.
  singleton?: boolean;
  // Rows have an `id` column of their own (otherwise the key columns are the primary key).
  identity: boolean;
  // A boolean column at most one row may hold: cleared on the others before a row takes it.
  onlyOne?: string;
  // Read for references only, never exported nor imported (people, secret-bearing rows).
  referenceOnly?: boolean;
  // The rules the console's own checks hold a row to, on the columns about to be written: the
  // problems found, each with the file member it is about.
  problems?(columns: Record<string, unknown>, context: SectionContext): SectionProblem[] | Promise<SectionProblem[]>;
  // The columns as the console would keep them (a page's HTML sanitised), before they are written.
  prepare?(columns: Record<string, unknown>): Record<string, unknown>;
  // What the console does once a row is saved (a time rule takes the tickets already waiting).
  written?(id: string, query: SectionQuery): Promise<void>;
  // The table has no updated_at column (rows linking two others).
  untimed?: boolean;
}

export function isReference(field: SectionField): field is ReferenceField {
  return 'references' in field;
}

export function isTranslated(field: SectionField): field is TranslatedField {
  return 'toFile' in field;
}
