import { Injectable } from '@nestjs/common';
import { TenantRef, TenantDatabase } from '@tessera/database';
import { Requester, RequesterDirectory, RequesterService } from '@tessera/requesters';
import { LdapAdminService } from './ldap-admin.service';
import { LdapError, LdapErrorCode } from './ldap.errors';
import { vouchedPerson } from './ldap-sign-in.service';

// Requesters whose portal passwords the instance's directory checks: marked ldap, known only
// from mail (no password here yet), or unknown (then created where the instance provisions).
@Injectable()
export class LdapRequesterDirectory implements RequesterDirectory {
  constructor(
    private readonly db: TenantDatabase,
    private readonly ldap: LdapAdminService,
    private readonly requesters: RequesterService,
  ) {}

  async assertRegistrationOpen(tenant: TenantRef): Promise<void> {
    if (await this.db.run(tenant, () => this.ldap.portalLdapOnly())) {
      throw new LdapError(LdapErrorCode.DirectoryAccounts, 'Accounts on this helpdesk come from its directory: sign in with your directory name and password');
    }
  }

  async signIn(tenant: TenantRef, login: string, password: string, account: Requester | null): Promise<Requester | null> {
    const vouched = await vouchedPerson(this.db, this.ldap, tenant, 'requesters', login, password, account !== null);
    if (!vouched) return null;
    const { directory, person, email } = vouched;
    return this.db.run(tenant, async (manager) => {
      let target = account ?? (await this.requesters.findByEmail(email));
      if (target && target.authSource !== 'ldap') {
        // A password kept here is the requester's own: the directory does not replace it.
        const withPassword = await manager.createQueryBuilder(Requester, 'r').addSelect('r.passwordHash').where('r.id = :id', { id: target.id }).getOne();
        if (withPassword?.passwordHash) return null;
      }
      if (!target) {
        if (!directory.autoProvision) return null;
        target = (await this.requesters.findOrCreate({ email, name: person.name, phone: person.phone })).requester;
      }
      const changes: Partial<Requester> = { name: person.name ?? target.name, phone: person.phone ?? target.phone, authSource: 'ldap', updatedAt: new Date() };
      await manager.update(Requester, { id: target.id }, changes);
      return Object.assign(target, changes);
    });
  }
}
