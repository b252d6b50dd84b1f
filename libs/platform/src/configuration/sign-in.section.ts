import { ConfigurationSection } from './configuration-section';

// The staff realm's instance-wide sign-in rules; an instance that never set them has no row.
export const signInSection: ConfigurationSection = {
  name: 'signIn',
  table: 'staff_auth_policies',
  key: [],
  singleton: true,
  identity: false,
  fields: {
    requireTwoFactor: { column: 'require_two_factor', type: 'boolean' },
  },
};
