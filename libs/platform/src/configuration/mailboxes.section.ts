import { ConfigurationSection } from './configuration-section';

// Mailboxes hold passwords and are not exported; a filter's condition on one names its address,
// found again in the target instance.
export const mailboxesSection: ConfigurationSection = {
  name: 'mailboxes',
  table: 'mailboxes',
  key: ['address'],
  identity: true,
  referenceOnly: true,
  fields: {
    address: { column: 'address', type: 'text' },
  },
};
