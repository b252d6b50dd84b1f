import { ConfigurationSection } from './configuration-section';

// A line belongs to an SLA plan or to a band of the priority matrix (its lowest impact x urgency).
// The agents a step assigns or notifies are people: left out.
export const escalationLinesSection: ConfigurationSection = {
  name: 'escalationLines',
  table: 'sla_escalation_steps',
  key: ['slaPlan', 'band', 'position'],
  identity: true,
  fields: {
    slaPlan: { column: 'sla_plan_id', references: 'slaPlans', nullable: true },
    band: { column: 'band_min_product', type: 'integer', nullable: true },
    position: { column: 'position', type: 'integer' },
    afterEvent: { column: 'after_event', type: 'text' },
    afterMinutes: { column: 'after_minutes', type: 'integer' },
    transferDepartment: { column: 'transfer_department_id', references: 'departments', nullable: true },
    assignTeam: { column: 'assign_team_id', references: 'teams', nullable: true },
    raisePriority: { column: 'raise_priority', type: 'boolean' },
    notifyDepartmentManager: { column: 'notify_department_manager', type: 'boolean' },
  },
};
