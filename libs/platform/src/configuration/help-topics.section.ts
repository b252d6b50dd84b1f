import { referenceFormatProblem } from '@tessera/directory';
import { ConfigurationSection } from './configuration-section';

// The agent a topic assigns to is a person: left out (its team stays).
export const helpTopicsSection: ConfigurationSection = {
  name: 'helpTopics',
  table: 'help_topics',
  key: ['path'],
  tree: { parentColumn: 'parent_id', nameColumn: 'name' },
  identity: true,
  problems: (columns) => {
    const message = columns.reference_format === null ? null : referenceFormatProblem(String(columns.reference_format));
    return message ? [{ field: 'referenceFormat', message }] : [];
  },
  fields: {
    department: { column: 'department_id', references: 'departments' },
    priority: { column: 'priority_id', references: 'priorities', nullable: true },
    slaPlan: { column: 'sla_plan_id', references: 'slaPlans', nullable: true },
    autoAssignTeam: { column: 'auto_assign_team_id', references: 'teams', nullable: true },
    isPublic: { column: 'is_public', type: 'boolean' },
    isActive: { column: 'is_active', type: 'boolean' },
    referenceFormat: { column: 'reference_format', type: 'text', nullable: true },
    autoResponse: { column: 'auto_response', type: 'boolean' },
  },
};
