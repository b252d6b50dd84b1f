import { Injectable } from '@nestjs/common';
import { TenantDatabase } from './tenant-database';

// Bounds the memory: past this many instances the cache starts over.
const MAX_TENANTS = 10_000;

interface TenantEntry {
  version: bigint;
  values: Map<string, unknown>;
}

// Per-instance configuration kept in this process, valid for the configuration version the
// tenant transaction read when it opened (the database raises it on every change of the
// configuration tables, whichever process or person made it). A transaction that did not read
// it (the worker, provisioning, the admin API that changes the configuration) loads every time.
// Callers must treat what they get as read-only: it is shared by every request of the instance.
@Injectable()
export class ConfigCache {
  private readonly tenants = new Map<string, TenantEntry>();

  constructor(private readonly db: TenantDatabase) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const read = this.db.configVersion;
    if (read === null) return load();
    const version = BigInt(read);
    const tenantId = this.db.tenant.id;
    const cached = this.tenants.get(tenantId);
    if (cached?.version === version && cached.values.has(key)) return cached.values.get(key) as T;
    const value = await load();
    // Another request may have moved the entry on meanwhile; an older version never replaces a newer one.
    let entry = this.tenants.get(tenantId);
    if (!entry || entry.version < version) {
      if (!entry && this.tenants.size >= MAX_TENANTS) this.tenants.clear();
      entry = { version, values: new Map() };
      this.tenants.set(tenantId, entry);
    }
    if (entry.version === version) entry.values.set(key, value);
    return value;
  }
}
