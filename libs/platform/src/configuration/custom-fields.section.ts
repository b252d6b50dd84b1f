import { CUSTOM_FIELD_TYPES, FIELD_VISIBILITIES, Label, checkedFieldKey, checkedLabels } from '@tessera/directory';
import { ConfigurationSection, SectionProblem } from './configuration-section';
import { oneOf, refusalOf } from './section-checks';

// The checks a field is saved with; its type stays once it exists, since ticket values are kept
// in its shape.
function problems(columns: Record<string, unknown>, { existing }: { existing: Record<string, unknown> | null }): SectionProblem[] {
  const found = [
    ...refusalOf(() => checkedFieldKey(String(columns.key))),
    ...oneOf('type', columns.type, CUSTOM_FIELD_TYPES),
    ...oneOf('visibility', columns.visibility, FIELD_VISIBILITIES),
    ...refusalOf(() => checkedLabels(columns.labels as Label[], 'labels')),
    ...refusalOf(() => checkedLabels(columns.help as Label[], 'help', false)),
  ];
  if (existing && existing.type !== columns.type) found.push({ field: 'type', message: `The field is of type ${String(existing.type)} here: a type stays once a field exists` });
  if (columns.type === 'choice' && !columns.list_id) found.push({ field: 'list', message: 'A choice field takes its values from a list: name it' });
  if (columns.type !== 'choice' && columns.list_id) found.push({ field: 'list', message: 'Only choice fields take a list' });
  if (columns.type !== 'choice' && columns.is_multiple) found.push({ field: 'isMultiple', message: 'Only choice fields take several values' });
  return found;
}

// A field, found by the key its values are kept under; a choice field names its list.
export const customFieldsSection: ConfigurationSection = {
  name: 'customFields',
  table: 'custom_fields',
  key: ['key'],
  identity: true,
  problems,
  fields: {
    key: { column: 'key', type: 'text' },
    type: { column: 'type', type: 'text' },
    labels: { column: 'labels', type: 'json' },
    help: { column: 'help', type: 'json' },
    list: { column: 'list_id', references: 'customLists', nullable: true },
    isMultiple: { column: 'is_multiple', type: 'boolean' },
    visibility: { column: 'visibility', type: 'text' },
  },
};
