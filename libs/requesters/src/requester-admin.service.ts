import { Injectable } from '@nestjs/common';
import { Page, TenantDatabase, decodeCursor, newId, pageOf, refuseDuplicate } from '@tessera/database';
import { In } from 'typeorm';
import { OrganizationAdminService } from './organization-admin.service';
import { Requester, RequesterEmail, RequesterOrganization } from './requester.entities';
import { RequesterError, RequesterErrorCode, checkedName } from './requester.errors';
import { RequesterService, checkedEmail } from './requester.service';

export interface RequesterInput {
  name: string;
  // The first is the primary address; every address belongs to one requester of the instance.
  emails: string[];
  phone?: string | null;
  language?: string | null;
  canLogin?: boolean;
  organizationIds?: string[];
}

export type RequesterChanges = Partial<RequesterInput>;

export interface RequesterView {
  requester: Requester;
  // Primary first.
  emails: string[];
  // Addresses mail bounced from, and the bounce's subject.
  bounces: { email: string; bouncedAt: Date; reason: string | null }[];
  organizationIds: string[];
}

export interface RequesterQuery {
  limit: number;
  cursor?: string | null;
  // Part of the name or of an address.
  q?: string | null;
  organizationId?: string | null;
}

// Managers keep the instance's requesters: their addresses, languages and organizations.
// Runs in the tenant transaction.
@Injectable()
export class RequesterAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly requesters: RequesterService,
    private readonly organizations: OrganizationAdminService,
  ) {}

  // In creation order, so new requesters never shift a page being read.
  async list(query: RequesterQuery): Promise<Page<RequesterView>> {
    const select = this.db.manager.createQueryBuilder(Requester, 'r').orderBy('r.id', 'ASC').limit(query.limit + 1);
    if (query.cursor) select.andWhere('r.id > :cursor', { cursor: decodeCursor(query.cursor) });
    if (query.q?.trim()) {
      select.andWhere(
        `(unaccent(r.name) ilike unaccent(:pattern) or exists (
            select 1 from requester_emails e where e.tenant_id = r.tenant_id and e.requester_id = r.id and e.email ilike :pattern))`,
        { pattern: `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    if (query.organizationId) {
      select.andWhere(
        `exists (select 1 from requester_organizations o
                  where o.tenant_id = r.tenant_id and o.requester_id = r.id and o.organization_id = :organizationId)`,
        { organizationId: query.organizationId },
      );
    }
    const page = pageOf(await select.getMany(), query.limit);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  // The members of one organization, paged like the list.
  async members(organizationId: string, query: Omit<RequesterQuery, 'organizationId'>): Promise<Page<RequesterView>> {
    await this.organizations.organization(organizationId);
    return this.list({ ...query, organizationId });
  }

  async get(id: string): Promise<RequesterView> {
    const [view] = await this.views([await this.requesters.get(id)]);
    return view;
  }

  async create(input: RequesterInput): Promise<RequesterView> {
    const now = new Date();
    const requester = Object.assign(new Requester(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      phone: null,
      language: null,
      canLogin: true,
      isActive: true,
      createdAt: now,
      lastLoginAt: null,
    });
    return this.save(requester, input);
  }

  async update(id: string, changes: RequesterChanges): Promise<RequesterView> {
    return this.save(await this.requesters.get(id), changes);
  }

  private async save(requester: Requester, changes: RequesterChanges): Promise<RequesterView> {
    const manager = this.db.manager;
    if (changes.name !== undefined) requester.name = checkedName(changes.name);
    if (changes.phone !== undefined) requester.phone = changes.phone?.trim() || null;
    if (changes.language !== undefined) requester.language = changes.language;
    if (changes.canLogin !== undefined) requester.canLogin = changes.canLogin;
    requester.updatedAt = new Date();
    const emails = changes.emails === undefined ? null : await this.freeEmails(changes.emails, requester.id);
    const organizationIds = changes.organizationIds === undefined ? null : await this.knownOrganizations(changes.organizationIds);
    await manager.save(Requester, requester);
    if (emails) {
      await manager.delete(RequesterEmail, { requesterId: requester.id });
      const rows = emails.map((email, index) => ({ tenantId: requester.tenantId, email, requesterId: requester.id, isPrimary: index === 0 }));
      await refuseDuplicate(() => manager.insert(RequesterEmail, rows), () => emailTaken(emails));
    }
    if (organizationIds) {
      await manager.delete(RequesterOrganization, { requesterId: requester.id });
      if (organizationIds.length > 0) {
        await manager.insert(
          RequesterOrganization,
          organizationIds.map((organizationId) => ({ tenantId: requester.tenantId, requesterId: requester.id, organizationId })),
        );
      }
    }
    return this.get(requester.id);
  }

  // Checked, lower-cased and each once, in the order given; none may belong to someone else.
  private async freeEmails(values: string[], requesterId: string): Promise<string[]> {
    const emails = [...new Set(values.map((value) => checkedEmail(value)))];
    if (emails.length === 0) throw new RequesterError(RequesterErrorCode.Invalid, 'A requester needs an e-mail address', { field: 'emails' });
    const taken = (await this.db.manager.query('select email from requester_emails where email_lower = any($1::text[]) and requester_id <> $2', [
      emails,
      requesterId,
    ])) as { email: string }[];
    if (taken.length > 0) throw emailTaken(taken.map((t) => t.email));
    return emails;
  }

  private async knownOrganizations(ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    for (const id of unique) await this.organizations.organization(id);
    return unique;
  }

  private async views(requesters: Requester[]): Promise<RequesterView[]> {
    const ids = requesters.map((r) => r.id);
    if (ids.length === 0) return [];
    const emails = await this.db.manager.find(RequesterEmail, { where: { requesterId: In(ids) }, order: { isPrimary: 'DESC', email: 'ASC' } });
    const memberships = await this.db.manager.find(RequesterOrganization, { where: { requesterId: In(ids) }, order: { organizationId: 'ASC' } });
    return requesters.map((requester) => ({
      requester,
      emails: emails.filter((e) => e.requesterId === requester.id).map((e) => e.email),
      bounces: emails
        .filter((e) => e.requesterId === requester.id && e.bouncedAt)
        .map((e) => ({ email: e.email, bouncedAt: e.bouncedAt!, reason: e.bounceReason })),
      organizationIds: memberships.filter((m) => m.requesterId === requester.id).map((m) => m.organizationId),
    }));
  }
}

function emailTaken(emails: string[]): RequesterError {
  return new RequesterError(RequesterErrorCode.EmailTaken, `Another requester already has ${emails.join(', ')}`, { emails });
}
