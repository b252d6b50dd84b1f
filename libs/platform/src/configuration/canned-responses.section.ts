import { ConfigurationSection } from './configuration-section';

// Instance-wide responses have no department.
export const cannedResponsesSection: ConfigurationSection = {
  name: 'cannedResponses',
  table: 'canned_responses',
  key: ['department', 'title'],
  identity: true,
  fields: {
    department: { column: 'department_id', references: 'departments', nullable: true },
    title: { column: 'title', type: 'text' },
    body: { column: 'body', type: 'text' },
    isActive: { column: 'is_active', type: 'boolean' },
  },
};
