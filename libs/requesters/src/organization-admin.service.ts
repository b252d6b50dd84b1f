import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid, newId, refuseDuplicate } from '@tessera/database';
import { normalizeDomain } from '@tessera/directory';
import { Organization, OrganizationDomain } from './requester.entities';
import { RequesterError, RequesterErrorCode, checkedName } from './requester.errors';

export interface OrganizationInput {
  name: string;
  // New requesters with an address in one of these domains join the organization.
  domains?: string[];
  autoAddMembers?: boolean;
  membersSeeAll?: boolean;
}

export type OrganizationChanges = Partial<OrganizationInput>;

export interface OrganizationView {
  organization: Organization;
  domains: string[];
}

// Organizations requesters belong to. Names are unique, and a domain belongs to one organization
// at most. Runs in the tenant transaction.
@Injectable()
export class OrganizationAdminService {
  constructor(private readonly db: TenantDatabase) {}

  async list(): Promise<OrganizationView[]> {
    const organizations = await this.db.manager.find(Organization, { order: { name: 'ASC' } });
    const domains = await this.db.manager.find(OrganizationDomain, { order: { domain: 'ASC' } });
    return organizations.map((organization) => ({
      organization,
      domains: domains.filter((d) => d.organizationId === organization.id).map((d) => d.domain),
    }));
  }

  async get(id: string): Promise<OrganizationView> {
    return this.view(await this.organization(id));
  }

  // Row-level security: another instance's organization is simply not found.
  async organization(id: string): Promise<Organization> {
    const organization = isUuid(id) ? await this.db.manager.findOneBy(Organization, { id }) : null;
    if (!organization) throw new RequesterError(RequesterErrorCode.OrganizationNotFound, `No organization with id ${id}`);
    return organization;
  }

  create(input: OrganizationInput): Promise<OrganizationView> {
    const now = new Date();
    const organization = Object.assign(new Organization(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      autoAddMembers: false,
      membersSeeAll: false,
      createdAt: now,
    });
    return this.save(organization, { domains: [], ...input });
  }

  async update(id: string, changes: OrganizationChanges): Promise<OrganizationView> {
    return this.save(await this.organization(id), changes);
  }

  // Memberships and domains go with it; the members stay.
  async delete(id: string): Promise<void> {
    await this.organization(id);
    await this.db.manager.delete(Organization, { id });
  }

  private async save(organization: Organization, changes: OrganizationChanges): Promise<OrganizationView> {
    const manager = this.db.manager;
    if (changes.name !== undefined) organization.name = checkedName(changes.name);
    if (changes.autoAddMembers !== undefined) organization.autoAddMembers = changes.autoAddMembers;
    if (changes.membersSeeAll !== undefined) organization.membersSeeAll = changes.membersSeeAll;
    organization.updatedAt = new Date();
    await refuseDuplicate(
      () => manager.save(Organization, organization),
      () => new RequesterError(RequesterErrorCode.OrganizationNameTaken, `There is already an organization named "${organization.name}"`),
    );
    if (changes.domains !== undefined) await this.replaceDomains(organization, changes.domains);
    return this.view(organization);
  }

  private async replaceDomains(organization: Organization, values: string[]): Promise<void> {
    const domains = [...new Set(values.map(checkedDomain))];
    const manager = this.db.manager;
    const taken = (await manager.query('select domain from organization_domains where domain_lower = any($1::text[]) and organization_id <> $2', [
      domains,
      organization.id,
    ])) as { domain: string }[];
    if (taken.length > 0) throw domainTaken(taken.map((t) => t.domain));
    await manager.delete(OrganizationDomain, { organizationId: organization.id });
    if (domains.length === 0) return;
    await refuseDuplicate(
      () => manager.insert(OrganizationDomain, domains.map((domain) => ({ tenantId: organization.tenantId, domain, organizationId: organization.id }))),
      () => domainTaken(domains),
    );
  }

  private async view(organization: Organization): Promise<OrganizationView> {
    const domains = await this.db.manager.find(OrganizationDomain, { where: { organizationId: organization.id }, order: { domain: 'ASC' } });
    return { organization, domains: domains.map((d) => d.domain) };
  }
}

function checkedDomain(value: string): string {
  const domain = normalizeDomain(value);
  if (!domain) throw new RequesterError(RequesterErrorCode.InvalidDomain, `"${value}" is not a domain name`, { field: 'domains' });
  return domain;
}

function domainTaken(domains: string[]): RequesterError {
  return new RequesterError(RequesterErrorCode.DomainTaken, `Another organization already has ${domains.join(', ')}`, { domains });
}
