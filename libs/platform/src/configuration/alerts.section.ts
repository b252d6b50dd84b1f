import { ConfigurationSection } from './configuration-section';

export const alertsSection: ConfigurationSection = {
  name: 'alerts',
  table: 'notification_settings',
  key: ['key'],
  identity: false,
  fields: {
    key: { column: 'key', type: 'text' },
    enabled: { column: 'enabled', type: 'boolean' },
    recipients: { column: 'recipients', type: 'texts', nullable: true },
  },
};
