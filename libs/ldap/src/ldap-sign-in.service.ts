import { Injectable } from '@nestjs/common';
import { Staff, StaffDirectory, StaffService, verifyPassword } from '@tessera/auth';
import { TenantDatabase, TenantRef } from '@tessera/database';
import { DirectoryService, normalizeEmail } from '@tessera/directory';
import { LdapDirectory } from './ldap-directory.entity';
import { LdapPerson, LdapSettings, withDirectory } from './ldap-connection';
import { LdapAdminService } from './ldap-admin.service';
import { LdapError, LdapErrorCode } from './ldap.errors';

// Who a sign-in name and password are in the directory: searched with the service account,
// then the person's own bind with the password. null: nobody, several people, or the wrong
// password (one answer for all three).
export async function directoryPerson(settings: LdapSettings, login: string, password: string): Promise<LdapPerson | null> {
  try {
    return await withDirectory(settings, async (connection) => {
      await connection.bindService();
      const found = await connection.find(login, 2);
      if (found.length !== 1) return null;
      return (await connection.passwordMatches(found[0].dn, password)) ? found[0] : null;
    });
  } catch (error) {
    // Settings the directory refuses (the service account, the base) are not the person's
    // fault, and what is wrong, like where the directory is, is for managers (test connection):
    // to the person, the directory is down.
    if (error instanceof LdapError) {
      throw new LdapError(LdapErrorCode.Unreachable, 'The directory that checks this password does not answer; try again later');
    }
    throw error;
  }
}

export interface VouchedPerson {
  directory: LdapDirectory;
  person: LdapPerson;
  // The person's address as Tessera keeps addresses.
  email: string;
}

// The sign-in half both realms share: the realm's directory, if any, says who this is. null
// where no directory signs this realm in (after as long as a local check of an unknown name
// takes), or where it does not vouch for the name and password.
export async function vouchedPerson(
  db: TenantDatabase,
  ldap: LdapAdminService,
  tenant: TenantRef,
  realm: 'agents' | 'requesters',
  login: string,
  password: string,
  known: boolean,
): Promise<VouchedPerson | null> {
  const configured = await db.run(tenant, () => ldap.settingsFor(realm));
  if (!configured) {
    if (!known) await verifyPassword(null, password);
    return null;
  }
  const person = await directoryPerson(configured.settings, login, password);
  const email = person?.email ? normalizeEmail(person.email) : null;
  return person && email ? { directory: configured.directory, person, email } : null;
}

// Agents whose passwords the instance's directory checks: an account marked ldap, or a name no
// account has (a directory user name, or an address the directory knows). A first sign-in
// creates the agent where the instance provisions them.
@Injectable()
export class LdapStaffDirectory implements StaffDirectory {
  constructor(
    private readonly db: TenantDatabase,
    private readonly ldap: LdapAdminService,
    private readonly directory: DirectoryService,
    private readonly staff: StaffService,
  ) {}

  async signIn(tenant: TenantRef, login: string, password: string, account: Staff | null): Promise<Staff | null> {
    const vouched = await vouchedPerson(this.db, this.ldap, tenant, 'agents', login, password, account !== null);
    if (!vouched) return null;
    const { directory, person, email } = vouched;
    return this.db.run(tenant, async (manager) => {
      const target = account ?? (await manager.findOneBy(Staff, { email }));
      // A directory entry never takes over an account whose password is kept here.
      if (target && target.authSource !== 'ldap') return null;
      if (!target) return directory.autoProvision ? this.provision(directory, person, email) : null;
      const changes: Partial<Staff> = { name: person.name ?? target.name, phone: person.phone ?? target.phone, updatedAt: new Date() };
      if (email !== target.email && !(await manager.findOneBy(Staff, { email }))) changes.email = email;
      await manager.update(Staff, { id: target.id }, changes);
      return Object.assign(target, changes);
    });
  }

  private async provision(settings: LdapDirectory, person: LdapPerson, email: string): Promise<Staff> {
    const wanted = person.department?.toLowerCase();
    const department = (await this.directory.departments()).find((d) => wanted && d.name.toLowerCase() === wanted)?.id ?? settings.agentDepartmentId;
    if (!department || !settings.agentRoleId) {
      throw new LdapError(LdapErrorCode.NoDepartment, 'The directory knows this person, but no department here fits them; ask a manager for an account', {
        department: person.department,
      });
    }
    return this.staff.create({
      email,
      name: person.name ?? email,
      password: '',
      isManager: false,
      primaryDepartmentId: department,
      roleId: settings.agentRoleId,
      phone: person.phone,
      authSource: 'ldap',
    });
  }
}
