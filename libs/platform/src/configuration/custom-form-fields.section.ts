import { MAX_FORM_FIELDS } from '@tessera/directory';
import { ConfigurationSection, SectionContext, SectionProblem } from './configuration-section';

// The checks a form's fields are saved with: a place from 1, at most MAX_FORM_FIELDS a form.
async function problems(columns: Record<string, unknown>, { existing, query }: SectionContext): Promise<SectionProblem[]> {
  if (Number(columns.position) < 1) return [{ field: 'position', message: 'A place on the form counts from 1' }];
  if (existing) return [];
  const [{ count }] = await query('select count(*)::int as count from custom_form_fields where form_id = $1', [columns.form_id]);
  return Number(count) >= MAX_FORM_FIELDS ? [{ field: 'form', message: `A form holds at most ${MAX_FORM_FIELDS} fields` }] : [];
}

// A field on a form, at its place (1 first), required or not.
export const customFormFieldsSection: ConfigurationSection = {
  name: 'customFormFields',
  table: 'custom_form_fields',
  key: ['form', 'field'],
  identity: false,
  untimed: true,
  problems,
  fields: {
    form: { column: 'form_id', references: 'customForms' },
    field: { column: 'field_id', references: 'customFields' },
    position: { column: 'position', type: 'integer' },
    required: { column: 'is_required', type: 'boolean' },
  },
};
