import { ConfigurationSection } from './configuration-section';

// The department's manager is a person: left out.
export const departmentsSection: ConfigurationSection = {
  name: 'departments',
  table: 'departments',
  key: ['path'],
  tree: { parentColumn: 'parent_id', nameColumn: 'name' },
  identity: true,
  fields: {
    isPublic: { column: 'is_public', type: 'boolean' },
    outgoingEmail: { column: 'outgoing_email', type: 'text', nullable: true },
    autoResponse: { column: 'auto_response', type: 'boolean' },
    slaPlan: { column: 'sla_plan_id', references: 'slaPlans', nullable: true },
  },
};
