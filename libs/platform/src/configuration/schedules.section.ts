import { ConfigurationSection } from './configuration-section';

export const schedulesSection: ConfigurationSection = {
  name: 'schedules',
  table: 'business_schedules',
  key: ['name'],
  identity: true,
  fields: {
    name: { column: 'name', type: 'text' },
    timeZone: { column: 'time_zone', type: 'text' },
    week: { column: 'week', type: 'json' },
    holidays: { column: 'holidays', type: 'texts' },
  },
};
