import { LANGUAGES } from '../../i18n/languages';
import { resources } from '../../i18n/resources';
import { formFields } from './admin-schema';
import { ADMIN_SECTIONS } from './admin-sections';
import { CHECKLIST_STEPS } from './admin-checklist';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`)));
}

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.length > 0;
}

const english = resources.en.admin as Tree;

// Every label a console form or list may ask for exists, in every language.
describe('the admin console texts', () => {
  it('are the same keys in every language', () => {
    for (const language of LANGUAGES) expect(keys(resources[language].admin as Tree).sort()).toEqual(keys(english).sort());
  });

  it('name every field, choice, column, section and checklist step', () => {
    const wanted: string[] = [];
    for (const section of ADMIN_SECTIONS) {
      wanted.push(`sections.${section.key}.title`);
      if (section.create) wanted.push(`sections.${section.key}.new`);
      for (const related of section.related ?? []) wanted.push(`sections.${section.key}.related.${related.key}`);
      for (const panel of section.rowPanels ?? []) wanted.push(`panels.${panel}.title`);
      const schemas = [...(section.update ? [section.update] : []), ...(section.create ? [section.create] : []), ...(section.related ?? []).map((related) => related.schema)];
      const fields = schemas.flatMap((schema) => formFields(schema, section.hints));
      // The fields of a list's rows take the shared labels.
      const rowFields = fields.flatMap((field) => field.rows ?? []);
      for (const field of [...fields, ...rowFields]) {
        if (rowFields.includes(field) || !has(english, `sections.${section.key}.fields.${field.name}`)) wanted.push(`fields.${field.name}`);
        if (field.kind === 'choice' || field.kind === 'choices') for (const value of field.values ?? []) wanted.push(`values.${field.name}.${value}`);
      }
      for (const column of section.columns) if (!has(english, `sections.${section.key}.fields.${column}`)) wanted.push(`fields.${column}`);
    }
    for (const step of CHECKLIST_STEPS) wanted.push(`checklist.steps.${step}.title`, `checklist.steps.${step}.text`);
    expect(wanted.filter((key) => !has(english, key))).toEqual([]);
  });
});
