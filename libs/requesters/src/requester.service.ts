import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid, newId, statement } from '@tessera/database';
import { EmailOptions, domainOf, nameFromEmail, normalizeEmail } from '@tessera/directory';
import { Requester, RequesterEmail, RequesterOrganization } from './requester.entities';
import { RequesterError, RequesterErrorCode } from './requester.errors';

export interface RequesterContact {
  email: string;
  name?: string | null;
  phone?: string | null;
  language?: string | null;
  // Mail came from the address: a one-label domain (root@localhost) is accepted.
  fromMail?: boolean;
}

// Requesters as tickets need them: found by any of their addresses, or created on first contact
// (joining the organization that owns the address's domain). Runs in the tenant transaction.
@Injectable()
export class RequesterService {
  constructor(private readonly db: TenantDatabase) {}

  // `email`: the requester's primary address (what a ticket shows), the given one when created;
  // `sharing`: whether they are in an organization that adds its members to each other's tickets.
  async findOrCreate(contact: RequesterContact): Promise<FoundRequester & { created: boolean }> {
    const email = checkedEmail(contact.email, { singleLabel: contact.fromMail });
    const known = await this.findWithPrimaryEmail(email);
    if (known) return { ...known, created: false };
    const now = new Date();
    const requester = Object.assign(new Requester(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      name: contact.name?.trim() || nameFromEmail(email),
      phone: contact.phone?.trim() || null,
      language: contact.language ?? null,
      canLogin: true,
      passwordHash: null,
      isActive: true,
      authSource: 'local',
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    });
    const [inserted] = await this.db.query<{ created: boolean; sharing: boolean }>(INSERT_REQUESTER, [
      requester.id,
      requester.name,
      requester.phone,
      requester.language,
      now,
      email,
      domainOf(email),
    ]);
    if (inserted.created) return { requester, created: true, email, sharing: inserted.sharing };
    // A parallel request (a burst of first mails or forms from one address) created the requester
    // first: the insert waited for it to commit, and it is theirs now.
    const meanwhile = await this.findWithPrimaryEmail(email);
    if (!meanwhile) throw new RequesterError(RequesterErrorCode.EmailTaken, `${email} is already taken`, { field: 'email' });
    return { ...meanwhile, created: false };
  }

  async findByEmail(email: string): Promise<Requester | null> {
    return (await this.findWithPrimaryEmail(email))?.requester ?? null;
  }

  // The requester of an address with their primary address, in one query.
  private async findWithPrimaryEmail(email: string): Promise<FoundRequester | null> {
    const normalized = normalizeEmail(email, { singleLabel: true });
    if (!normalized) return null;
    const { entities, raw } = await this.db.manager
      .createQueryBuilder(Requester, 'r')
      .innerJoin(RequesterEmail, 'e', 'e.tenant_id = r.tenant_id and e.requester_id = r.id')
      .addSelect(
        '(select p.email from requester_emails p where p.tenant_id = r.tenant_id and p.requester_id = r.id order by p.is_primary desc, p.email limit 1)',
        'primary_email',
      )
      .addSelect(
        `exists (select 1 from requester_organizations ro join organizations o on o.tenant_id = ro.tenant_id and o.id = ro.organization_id
                  where ro.tenant_id = r.tenant_id and ro.requester_id = r.id and o.auto_add_members)`,
        'sharing',
      )
      // The lower-cased copy: its index serves the lookup under row-level security (migration 0016).
      .where('e.email_lower = lower(:email)', { email: normalized })
      .getRawAndEntities<{ primary_email: string; sharing: boolean }>();
    return entities[0] ? { requester: entities[0], email: raw[0].primary_email, sharing: raw[0].sharing } : null;
  }

  async get(id: string): Promise<Requester> {
    const requester = isUuid(id) ? await this.db.manager.findOneBy(Requester, { id }) : null;
    if (!requester) throw new RequesterError(RequesterErrorCode.NotFound, `No requester with id ${id}`);
    return requester;
  }

  async primaryEmail(requesterId: string): Promise<string | null> {
    const rows = await this.db.manager.find(RequesterEmail, { where: { requesterId }, order: { isPrimary: 'DESC', email: 'ASC' } });
    return rows[0]?.email ?? null;
  }

  async organizationIds(requesterId: string): Promise<string[]> {
    const rows = await this.db.manager.findBy(RequesterOrganization, { requesterId });
    return rows.map((r) => r.organizationId);
  }

  // The organizations of a requester, or of an address: its requester's, or for an address no
  // requester has yet, those that claim its domain (which a new requester joins).
  async organizationsOf(who: { id: string } | { email: string }): Promise<{ id: string; name: string }[]> {
    const requesterId = 'id' in who ? who.id : (await this.findByEmail(who.email))?.id;
    if (requesterId) {
      return this.db.manager.query(
        `select o.id, o.name from requester_organizations ro join organizations o on o.id = ro.organization_id where ro.requester_id = $1 order by o.name, o.id`,
        [requesterId],
      );
    }
    const domain = 'email' in who ? who.email.slice(who.email.lastIndexOf('@') + 1) : '';
    if (!domain) return [];
    return this.db.manager.query(
      `select o.id, o.name from organization_domains d join organizations o on o.id = d.organization_id where d.domain_lower = lower($1) order by o.name, o.id`,
      [domain],
    );
  }

  // Every member of an organization (for "add the whole organization as collaborators").
  async members(organizationId: string): Promise<Requester[]> {
    return this.db.manager
      .createQueryBuilder(Requester, 'r')
      .innerJoin(RequesterOrganization, 'ro', 'ro.tenant_id = r.tenant_id and ro.requester_id = r.id')
      .where('ro.organization_id = :organizationId', { organizationId })
      .orderBy('r.name', 'ASC')
      .getMany();
  }
}

export interface FoundRequester {
  requester: Requester;
  email: string;
  sharing: boolean;
}

// A new requester with their primary address, in the organization that claims the address's
// domain if one does; foreign keys are checked at the end of the statement. The address goes in
// first: when a parallel transaction holds it, nothing is written and `created` is false.
const INSERT_REQUESTER = statement(
  'requesters.insert',
  `with email as (
     insert into requester_emails (tenant_id, email, requester_id, is_primary) values (tessera_current_tenant(), $6, $1, true)
     on conflict do nothing
     returning requester_id),
   requester as (
     insert into requesters (tenant_id, id, name, phone, language, can_login, password_hash, is_active, created_at, updated_at, last_login_at)
     select tessera_current_tenant(), email.requester_id, $2, $3, $4, true, null, true, $5, $5, null from email
     returning id),
   membership as (
     insert into requester_organizations (tenant_id, requester_id, organization_id)
     select tessera_current_tenant(), requester.id, d.organization_id from requester, organization_domains d where d.domain_lower = lower($7)
     returning organization_id)
   select exists (select 1 from requester) as created,
          coalesce((select bool_or(o.auto_add_members) from membership m join organizations o on o.id = m.organization_id), false) as sharing`,
);

export function checkedEmail(value: string, options: EmailOptions = {}): string {
  const email = normalizeEmail(value, options);
  if (!email) throw new RequesterError(RequesterErrorCode.InvalidEmail, `"${value}" is not an e-mail address`, { field: 'email' });
  return email;
}
