import { ConfigurationSection } from './configuration-section';

export const prioritiesSection: ConfigurationSection = {
  name: 'priorities',
  table: 'priorities',
  key: ['name'],
  identity: true,
  onlyOne: 'is_default',
  fields: {
    name: { column: 'name', type: 'text' },
    urgency: { column: 'urgency', type: 'integer' },
    isDefault: { column: 'is_default', type: 'boolean' },
  },
};
