import { ActionValue, RuleProblem, splitTags } from '@tessera/automation';
import { normalizeTag } from '@tessera/tickets';
import { ReferenceReader, ReferenceResolver, TranslatedField } from './configuration-section';

// The JSON conditions and actions of the rules (ticket filters, triggers, time rules): values
// naming a row of the instance are written as that row's key, and read back as its id.

// The section an action's value names a row of, by the kind of value it takes.
export const ACTION_VALUE_SECTIONS: Partial<Record<ActionValue, string>> = {
  department: 'departments',
  'help-topic': 'helpTopics',
  priority: 'priorities',
  'sla-plan': 'slaPlans',
  status: 'statuses',
  team: 'teams',
  'canned-response': 'cannedResponses',
};

interface RuleEntry {
  value?: string | null;
}

export const entriesOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

// A json column of entries whose value may name a row: `sectionOf` says which section's, or
// undefined when it names none; `kept` leaves out the entries naming what a file never holds (a
// person). An empty value names no row and stays as it is.
export function ruleEntries<T extends RuleEntry>(column: string, sectionOf: (entry: T) => string | undefined, kept: (entry: T) => boolean = () => true): TranslatedField {
  const named = (entry: T) => (entry.value ? sectionOf(entry) : undefined);
  return {
    column,
    type: 'json',
    toFile: (value: unknown, references: ReferenceReader) =>
      entriesOf<T>(value)
        .filter(kept)
        .map((entry) => {
          const section = named(entry);
          return section ? { ...entry, value: references.keyOf(section, String(entry.value)) } : entry;
        }),
    fromFile: (value: unknown, references: ReferenceResolver, path: string) =>
      entriesOf<T>(value).map((entry, index) => {
        const section = named(entry);
        return section ? { ...entry, value: references.idOf(section, entry.value, `${path}[${index}].value`) } : entry;
      }),
  };
}

export const notATag = (name: string) => `"${name}" is not a tag: letters and digits, with - _ . / inside`;

// The tags the actions taking tags add, spelled as tags are (checked as the console saves them).
export function tagProblems(actions: ReadonlyArray<{ kind: string; value?: string | null }>, takesTags: (kind: string) => boolean): RuleProblem[] {
  return actions.flatMap((action, index) => {
    const wrong = takesTags(action.kind) ? splitTags(action.value ?? '').find((name) => normalizeTag(name) === null) : undefined;
    return wrong === undefined ? [] : [{ field: `actions.${index}.value`, message: notATag(wrong) }];
  });
}
