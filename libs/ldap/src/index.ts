export { LdapAdminService, LdapDirectoryInput, LdapDirectoryView, LdapTestResult } from './ldap-admin.service';
export { LdapPerson } from './ldap-connection';
export { LdapDirectory } from './ldap-directory.entity';
export { escapeFilterValue, personFilter } from './ldap-filter';
export { LdapRequesterDirectory } from './ldap-requester-directory';
export { LdapStaffDirectory, directoryPerson } from './ldap-sign-in.service';
export { LdapError, LdapErrorCode } from './ldap.errors';
export { LdapModule } from './ldap.module';

import { LdapDirectory } from './ldap-directory.entity';
export const ldapEntities = [LdapDirectory];
