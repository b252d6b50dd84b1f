import { ConfigurationSection } from './configuration-section';

// The lead and the members are people: left out.
export const teamsSection: ConfigurationSection = {
  name: 'teams',
  table: 'teams',
  key: ['name'],
  identity: true,
  fields: {
    name: { column: 'name', type: 'text' },
    isActive: { column: 'is_active', type: 'boolean' },
    assignment: { column: 'assignment', type: 'text' },
    maxOpenPerAgent: { column: 'max_open_per_agent', type: 'integer', nullable: true },
  },
};
