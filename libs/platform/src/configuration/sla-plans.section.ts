import { ConfigurationSection } from './configuration-section';

export const slaPlansSection: ConfigurationSection = {
  name: 'slaPlans',
  table: 'sla_plans',
  key: ['name'],
  identity: true,
  onlyOne: 'is_default',
  fields: {
    name: { column: 'name', type: 'text' },
    firstResponseMinutes: { column: 'first_response_minutes', type: 'integer' },
    resolutionMinutes: { column: 'resolution_minutes', type: 'integer' },
    graceMinutes: { column: 'grace_minutes', type: 'integer' },
    isDefault: { column: 'is_default', type: 'boolean' },
    schedule: { column: 'schedule_id', references: 'schedules', nullable: true },
    warnPercent: { column: 'warn_percent', type: 'integer', nullable: true },
    pauseWhenPending: { column: 'pause_when_pending', type: 'boolean' },
  },
};
