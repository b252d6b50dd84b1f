// An event of the thread as one line: the translation key (under ticket:event.) and the values
// it names, read from the event's data. Dates are left as ISO strings for the page to format.
export interface EventLine {
  key: string;
  values: Record<string, string>;
  // Values that are dates, to be formatted in the viewer's language and the instance's zone.
  dates?: string[];
}

type Data = Record<string, unknown>;

const record = (value: unknown): Data | null => (value && typeof value === 'object' ? (value as Data) : null);
const nameOf = (value: unknown): string | null => {
  const named = record(value);
  return named && typeof named.name === 'string' ? named.name : null;
};

// An assignment side: "Anna Puig", "Field", "Anna Puig (Field)", or null for nobody.
function holder(value: unknown): string | null {
  const side = record(value);
  if (!side) return null;
  const staff = nameOf(side.staff);
  const team = nameOf(side.team);
  if (staff && team) return `${staff} (${team})`;
  return staff ?? team;
}

// The actions whose value is what they add (not a row they name): shown as written.
const LISTED = ['add-collaborators', 'add-tags', 'call-webhook'];

// `actionLabel` names a filter's action kind in the viewer's language.
export function eventLine(event: string | null | undefined, raw: object, actionLabel: (kind: string) => string = (kind) => kind): EventLine {
  const data = raw as Data;
  const from = data.from;
  const to = data.to;
  switch (event) {
    case 'created':
      return { key: 'created', values: {} };
    case 'edited':
      return { key: 'edited', values: { field: String(data.field ?? '') } };
    case 'assigned': {
      const assignee = holder(to);
      if (!assignee) return { key: 'unassigned', values: {} };
      // The team's automatic assignment chose the agent.
      return { key: typeof data.teamAssignment === 'string' ? 'assignedInTurn' : 'assigned', values: { to: assignee } };
    }
    case 'tagged':
    case 'untagged': {
      const tags = Array.isArray(data.tags) ? data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
      return { key: event, values: { tags: tags.join(', ') } };
    }
    case 'claimed':
    case 'released':
      return { key: event, values: {} };
    case 'transferred':
    case 'status':
    case 'priority':
      return { key: event, values: { from: nameOf(from) ?? '', to: nameOf(to) ?? '' } };
    case 'reopened':
      return { key: 'reopened', values: { to: nameOf(to) ?? '' } };
    case 'topic':
      return nameOf(from) ? { key: 'topic', values: { from: nameOf(from) ?? '', to: nameOf(to) ?? '' } } : { key: 'topicSet', values: { to: nameOf(to) ?? '' } };
    case 'due':
      if (typeof to !== 'string') return { key: 'dueCleared', values: {} };
      return { key: data.byHand === false ? 'dueAutomatic' : 'due', values: { to }, dates: ['to'] };
    case 'collaborator_added':
    case 'collaborator_removed': {
      const people = Array.isArray(data.collaborators) ? data.collaborators.map(nameOf).filter((n): n is string => !!n) : [];
      return { key: event === 'collaborator_added' ? 'collaboratorAdded' : 'collaboratorRemoved', values: { names: people.join(', ') } };
    }
    case 'merged': {
      const target = record(to);
      const source = record(from);
      return { key: 'merged', values: { from: String(source?.reference ?? ''), to: String(target?.reference ?? '') } };
    }
    case 'linked':
    case 'unlinked':
      return { key: event, values: { kind: String(data.kind ?? 'related'), reference: String(data.reference ?? '') } };
    case 'filtered':
    case 'triggered':
    case 'time_rule': {
      // What a ticket filter, a trigger or a time rule did: each action that acted, with the name of what it set.
      const actions = Array.isArray(data.actions) ? data.actions.map(record).filter((a): a is Data => !!a && a.skipped !== true) : [];
      const done = actions.map((a) => {
        const shown = typeof a.target === 'string' ? a.target : LISTED.includes(String(a.kind)) && typeof a.value === 'string' ? a.value : null;
        const label = actionLabel(String(a.kind));
        return shown ? `${label}: ${shown}` : label;
      });
      return { key: event === 'time_rule' ? 'timeRule' : event, values: { name: String(data.name ?? ''), actions: done.join(', ') } };
    }
    default:
      return { key: 'other', values: { event: event ?? '' } };
  }
}
