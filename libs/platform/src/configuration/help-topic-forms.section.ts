import { ConfigurationSection, SectionContext, SectionProblem } from './configuration-section';

// Only ticket forms are attached to help topics, as the console checks.
async function problems(columns: Record<string, unknown>, { query }: SectionContext): Promise<SectionProblem[]> {
  if (Number(columns.position) < 1) return [{ field: 'position', message: 'A place among the topic\'s forms counts from 1' }];
  const [form] = await query('select kind from custom_forms where id = $1', [columns.form_id]);
  return form?.kind === 'ticket' ? [] : [{ field: 'form', message: 'Only ticket forms are attached to help topics' }];
}

// A ticket form shown on a help topic (and its sub-topics), at its place among the topic's forms.
export const helpTopicFormsSection: ConfigurationSection = {
  name: 'helpTopicForms',
  table: 'help_topic_forms',
  key: ['helpTopic', 'form'],
  identity: false,
  untimed: true,
  problems,
  fields: {
    helpTopic: { column: 'help_topic_id', references: 'helpTopics' },
    form: { column: 'form_id', references: 'customForms' },
    position: { column: 'position', type: 'integer' },
  },
};
