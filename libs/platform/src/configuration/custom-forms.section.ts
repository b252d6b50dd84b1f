import { FORM_KINDS, Label, checkedLabels } from '@tessera/directory';
import { ConfigurationSection, SectionProblem } from './configuration-section';
import { emptyName, oneOf, refusalOf } from './section-checks';

// The checks a form is saved with; its kind stays once it exists.
function problems(columns: Record<string, unknown>, { existing }: { existing: Record<string, unknown> | null }): SectionProblem[] {
  const found = [...emptyName(columns.name), ...oneOf('kind', columns.kind, FORM_KINDS), ...refusalOf(() => checkedLabels(columns.labels as Label[], 'labels', false))];
  if (existing && existing.kind !== columns.kind) found.push({ field: 'kind', message: `The form is a ${String(existing.kind)} form here: a kind stays once a form exists` });
  return found;
}

// A form: its fields are the customFormFields section, its help topics the helpTopicForms one.
export const customFormsSection: ConfigurationSection = {
  name: 'customForms',
  table: 'custom_forms',
  key: ['name'],
  identity: true,
  problems,
  prepare: (columns) => ({ ...columns, name: String(columns.name).trim() }),
  fields: {
    name: { column: 'name', type: 'text' },
    kind: { column: 'kind', type: 'text' },
    labels: { column: 'labels', type: 'json' },
  },
};
