import { isTemplateKey, templateDefinition, templateProblems } from '@tessera/notifications';
import { ConfigurationSection } from './configuration-section';

// The checks a template is saved with: a known key, only its variables, well-formed placeholders.
function problems(columns: Record<string, unknown>): Array<{ field: string; message: string }> {
  const key = String(columns.template_key);
  if (!isTemplateKey(key)) return [{ field: 'template', message: 'is not a mail template of this version' }];
  const definition = templateDefinition(key);
  const text = { subject: String(columns.subject), body: String(columns.body) };
  return templateProblems(text, { variables: definition.variables.map((variable) => variable.name), threaded: definition.threaded });
}

// The instance's own wording of the mail templates; the shipped defaults are not rows.
export const templatesSection: ConfigurationSection = {
  name: 'templates',
  table: 'message_templates',
  key: ['template', 'language'],
  identity: false,
  problems,
  fields: {
    template: { column: 'template_key', type: 'text' },
    language: { column: 'language', type: 'text' },
    subject: { column: 'subject', type: 'text' },
    body: { column: 'body', type: 'text' },
  },
};
