import { ConfigurationSection } from './configuration-section';

export const rolesSection: ConfigurationSection = {
  name: 'roles',
  table: 'roles',
  key: ['name'],
  identity: true,
  fields: {
    name: { column: 'name', type: 'text' },
    permissions: { column: 'permissions', type: 'texts' },
  },
};
