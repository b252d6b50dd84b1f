import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, decodeCursor, isUniqueViolation, newId, pageOf } from '@tessera/database';
import { DomainError } from '@tessera/errors';
import { DataSource, EntityManager } from 'typeorm';
import { TenantCache } from './tenant-cache';
import { Tenant, TenantSlugRedirect, TenantStatus } from './tenant.entity';
import { TenantError, TenantErrorCode } from './tenant.errors';
import { isLanguage, isTimeZone } from './tenant-settings';
import { SLUG_RULE, slugProblem } from './tenant-slug';

export interface NewTenant {
  slug: string;
  name: string;
  defaultLanguage?: string;
  timezone?: string;
}

export interface TenantChanges {
  slug?: string;
  name?: string;
  defaultLanguage?: string;
  timezone?: string;
}

export interface TenantPage {
  items: Tenant[];
  nextCursor: string | null;
}

// What a slug leads to: the instance, or the new slug of a renamed one.
export type SlugResolution = { tenant: Tenant } | { movedTo: string };

@Injectable()
export class TenantService {
  private readonly cache: TenantCache<SlugResolution>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenants: TenantDatabase,
    @Inject(CONFIG) config: Config,
  ) {
    this.cache = new TenantCache(config.tenancy.cacheSeconds * 1000);
  }

  // Creates the instance and runs `seed` inside the same transaction with the new tenant's
  // context applied, so an instance never exists without its defaults.
  async create<T>(input: NewTenant, seed: (tenant: Tenant) => Promise<T>): Promise<{ tenant: Tenant; seeded: T }> {
    assertSlug(input.slug);
    const now = new Date();
    const tenant = Object.assign(new Tenant(), {
      id: newId(),
      slug: input.slug,
      name: input.name.trim(),
      status: 'active' as TenantStatus,
      defaultLanguage: checkLanguage(input.defaultLanguage ?? 'en'),
      timezone: checkTimeZone(input.timezone ?? 'UTC'),
      createdAt: now,
      updatedAt: now,
      suspendedAt: null,
    });
    const seeded = await this.uniqueSlug(() =>
      this.dataSource.transaction(async (manager) => {
        await this.assertSlugFree(manager, tenant.slug, tenant.id);
        await manager.insert(Tenant, tenant);
        return this.tenants.runWithin(manager, { id: tenant.id, slug: tenant.slug }, () => seed(tenant));
      }),
    );
    this.cache.clear();
    return { tenant, seeded };
  }

  async list(limit: number, cursor: string | null): Promise<TenantPage> {
    const query = this.dataSource.getRepository(Tenant).createQueryBuilder('t').orderBy('t.id', 'ASC').limit(limit + 1);
    if (cursor) query.where('t.id > :cursor', { cursor: decodeCursor(cursor) });
    return pageOf(await query.getMany(), limit);
  }

  // The instance by its current slug, any status; an old slug of a renamed instance throws
  // Moved with the new slug, so callers can redirect.
  async get(slug: string): Promise<Tenant> {
    const resolution = await this.resolveUncached(slug);
    if ('movedTo' in resolution) throw moved(slug, resolution.movedTo);
    return resolution.tenant;
  }

  // For instance routes, on every request: cached.
  async resolve(slug: string): Promise<Tenant> {
    let resolution = this.cache.get(slug);
    if (!resolution) {
      resolution = await this.resolveUncached(slug);
      this.cache.set(slug, resolution);
    }
    if ('movedTo' in resolution) throw moved(slug, resolution.movedTo);
    return resolution.tenant;
  }

  private async resolveUncached(slug: string): Promise<SlugResolution> {
    if (slug.length > 64) throw notFound(slug);
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ slug });
    let resolution: SlugResolution | null = tenant ? { tenant } : null;
    if (!resolution) {
      const redirect = await this.dataSource
        .getRepository(TenantSlugRedirect)
        .createQueryBuilder('r')
        .innerJoin(Tenant, 't', 't.id = r.target_tenant_id')
        .select('t.slug', 'slug')
        .where('r.slug = :slug', { slug })
        .getRawOne<{ slug: string }>();
      if (redirect) resolution = { movedTo: redirect.slug };
    }
    if (!resolution) throw notFound(slug);
    return resolution;
  }

  async setStatus(slug: string, status: TenantStatus): Promise<Tenant> {
    const tenant = await this.get(slug);
    if (tenant.status === status) {
      throw new TenantError(TenantErrorCode.AlreadyInState, `The instance "${slug}" is already ${status}`);
    }
    tenant.status = status;
    tenant.suspendedAt = status === 'suspended' ? new Date() : null;
    tenant.updatedAt = new Date();
    await this.dataSource.getRepository(Tenant).update(tenant.id, {
      status: tenant.status,
      suspendedAt: tenant.suspendedAt,
      updatedAt: tenant.updatedAt,
    });
    this.cache.clear();
    return tenant;
  }

  async update(slug: string, changes: TenantChanges): Promise<Tenant> {
    const { id } = await this.get(slug);
    const renamed = await this.uniqueSlug(() =>
      this.dataSource.transaction(async (manager) => {
        const tenant = await manager.getRepository(Tenant).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!tenant) throw notFound(slug);
        if (changes.slug !== undefined && changes.slug !== tenant.slug) {
          assertSlug(changes.slug);
          await this.assertSlugFree(manager, changes.slug, tenant.id);
          // The old slug keeps answering with a redirect; renaming back frees the new one again.
          await manager.delete(TenantSlugRedirect, { slug: changes.slug, targetTenantId: tenant.id });
          await manager.insert(TenantSlugRedirect, { slug: tenant.slug, targetTenantId: tenant.id, createdAt: new Date() });
          tenant.slug = changes.slug;
        }
        if (changes.name !== undefined) tenant.name = changes.name.trim();
        if (changes.defaultLanguage !== undefined) tenant.defaultLanguage = checkLanguage(changes.defaultLanguage);
        if (changes.timezone !== undefined) tenant.timezone = checkTimeZone(changes.timezone);
        tenant.updatedAt = new Date();
        await manager.save(Tenant, tenant);
        return tenant;
      }),
    );
    this.cache.clear();
    return renamed;
  }

  // Removes the instance and, through the foreign keys, every row it owns.
  async delete(slug: string): Promise<void> {
    const tenant = await this.get(slug);
    await this.dataSource.getRepository(Tenant).delete(tenant.id);
    this.cache.clear();
  }

  async activeTenants(): Promise<Tenant[]> {
    return this.dataSource.getRepository(Tenant).find({ where: { status: 'active' }, order: { id: 'ASC' } });
  }

  private async assertSlugFree(manager: EntityManager, slug: string, tenantId: string): Promise<void> {
    const taken = await manager.query(
      `select 1 from tenants where slug = $1 and id <> $2
       union all select 1 from tenant_slug_redirects where slug = $1 and target_tenant_id <> $2`,
      [slug, tenantId],
    );
    if (taken.length > 0) throw slugTaken(slug);
  }

  // Two requests racing for one slug: the loser gets the same 409 as a plain duplicate.
  private async uniqueSlug<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DomainError) && isUniqueViolation(error)) {
        throw new TenantError(TenantErrorCode.SlugTaken, 'That slug is already taken');
      }
      throw error;
    }
  }
}

function notFound(slug: string): TenantError {
  return new TenantError(TenantErrorCode.NotFound, `No instance has the slug "${slug}"`);
}

function moved(from: string, to: string): TenantError {
  return new TenantError(TenantErrorCode.Moved, `The instance "${from}" is now "${to}"`, { from, to });
}

function slugTaken(slug: string): TenantError {
  return new TenantError(TenantErrorCode.SlugTaken, `The slug "${slug}" is already taken`, { slug });
}

function assertSlug(slug: string): void {
  const problem = slugProblem(slug);
  if (problem) {
    throw new TenantError(TenantErrorCode.SlugInvalid, `The slug "${slug}" is not allowed: ${SLUG_RULE}`, { slug, problem });
  }
}

function checkLanguage(language: string): string {
  if (!isLanguage(language)) {
    throw new TenantError(TenantErrorCode.InvalidSetting, `Unsupported language "${language}"`);
  }
  return language;
}

function checkTimeZone(zone: string): string {
  if (!isTimeZone(zone)) throw new TenantError(TenantErrorCode.InvalidSetting, `Unknown time zone "${zone}"`);
  return zone;
}

