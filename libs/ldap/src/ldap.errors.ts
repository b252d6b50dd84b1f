import { errorFamily } from '@tessera/errors';

export enum LdapErrorCode {
  NotConfigured = 'ldap.not-configured',
  Invalid = 'ldap.invalid',
  // The directory does not answer (down, wrong address, TLS failing): a sign-in may work later.
  Unreachable = 'ldap.unreachable',
  // Test connection: what is wrong with the settings.
  BindRejected = 'ldap.bind-rejected',
  BaseNotFound = 'ldap.base-not-found',
  SearchRefused = 'ldap.search-refused',
  // The directory let the person in, but the instance has nowhere to put a new agent.
  NoDepartment = 'ldap.no-department',
  // The portal takes no registrations: its requesters come from the directory.
  DirectoryAccounts = 'ldap.directory-accounts',
}

export class LdapError extends errorFamily<LdapErrorCode>({
  [LdapErrorCode.NotConfigured]: 'not_found',
  [LdapErrorCode.Invalid]: 'invalid',
  [LdapErrorCode.Unreachable]: 'unavailable',
  [LdapErrorCode.BindRejected]: 'invalid',
  [LdapErrorCode.BaseNotFound]: 'invalid',
  [LdapErrorCode.SearchRefused]: 'invalid',
  [LdapErrorCode.NoDepartment]: 'forbidden',
  [LdapErrorCode.DirectoryAccounts]: 'forbidden',
}) {}

export function invalidLdap(field: string, message: string): LdapError {
  return new LdapError(LdapErrorCode.Invalid, message, { field });
}
