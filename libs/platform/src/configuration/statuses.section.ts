import { ConfigurationSection } from './configuration-section';

export const statusesSection: ConfigurationSection = {
  name: 'statuses',
  table: 'ticket_statuses',
  key: ['name'],
  identity: true,
  onlyOne: 'is_default',
  fields: {
    name: { column: 'name', type: 'text' },
    state: { column: 'state', type: 'text' },
    requesterLabel: { column: 'requester_label', type: 'text' },
    sortOrder: { column: 'sort_order', type: 'integer' },
    isDefault: { column: 'is_default', type: 'boolean' },
  },
};
