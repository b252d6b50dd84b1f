import { Inject, Injectable } from '@nestjs/common';
import { openSecret, sealSecret } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, TenantRef } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { LdapDirectory } from './ldap-directory.entity';
import { LdapPerson, LdapSettings, withDirectory } from './ldap-connection';
import { LdapError, LdapErrorCode, invalidLdap } from './ldap.errors';
import { USERNAME_PLACEHOLDER, filterProblem } from './ldap-filter';

export interface LdapDirectoryInput {
  url: string;
  startTls?: boolean;
  bindDn?: string | null;
  // Write-only: stored sealed, never returned. Left out: kept; null: removed.
  bindPassword?: string | null;
  searchBase: string;
  searchFilter: string;
  nameAttribute?: string;
  emailAttribute?: string;
  phoneAttribute?: string | null;
  departmentAttribute?: string | null;
  forAgents?: boolean;
  forRequesters?: boolean;
  autoProvision?: boolean;
  agentDepartmentId?: string | null;
  agentRoleId?: string | null;
  portalLdapOnly?: boolean;
  isActive?: boolean;
}

export interface LdapDirectoryView {
  directory: LdapDirectory;
  hasBindPassword: boolean;
}

// What a test of the settings found: how many people the filter matches (up to the sample's
// size) and the first few of them.
export interface LdapTestResult {
  sample: LdapPerson[];
}

const SAMPLE_SIZE = 5;

// The instance's LDAP directory: the settings managers keep, and the directory connection that
// sign-ins use. One per instance. Settings run in the tenant transaction; nothing here talks to
// the directory inside one.
@Injectable()
export class LdapAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async get(): Promise<LdapDirectoryView> {
    const found = await this.find();
    if (!found) throw new LdapError(LdapErrorCode.NotConfigured, 'This instance has no LDAP directory');
    return this.view(found);
  }

  // Creates or replaces the settings; the stored password stays unless given.
  async put(input: LdapDirectoryInput): Promise<LdapDirectoryView> {
    const current = await this.find(true);
    const now = new Date();
    const directory: LdapDirectory = Object.assign(new LdapDirectory(), {
      tenantId: this.db.tenant.id,
      url: checkedUrl(input.url),
      startTls: input.startTls ?? false,
      bindDn: input.bindDn?.trim() || null,
      bindSecret: current?.bindSecret ?? null,
      searchBase: checkedText('searchBase', input.searchBase),
      searchFilter: checkedFilter(input.searchFilter),
      nameAttribute: checkedText('nameAttribute', input.nameAttribute ?? 'cn'),
      emailAttribute: checkedText('emailAttribute', input.emailAttribute ?? 'mail'),
      phoneAttribute: input.phoneAttribute === undefined ? 'telephoneNumber' : input.phoneAttribute?.trim() || null,
      departmentAttribute: input.departmentAttribute === undefined ? 'departmentNumber' : input.departmentAttribute?.trim() || null,
      forAgents: input.forAgents ?? true,
      forRequesters: input.forRequesters ?? false,
      autoProvision: input.autoProvision ?? false,
      agentDepartmentId: input.agentDepartmentId ? (await this.directory.department(input.agentDepartmentId)).id : null,
      agentRoleId: input.agentRoleId ? (await this.directory.role(input.agentRoleId)).id : null,
      portalLdapOnly: input.portalLdapOnly ?? false,
      isActive: input.isActive ?? true,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    if (input.bindPassword !== undefined) {
      directory.bindSecret = input.bindPassword === null || input.bindPassword === '' ? null : sealSecret(this.config.secretKey, input.bindPassword);
    }
    if (directory.startTls && directory.url.startsWith('ldaps:')) throw invalidLdap('startTls', 'StartTLS is for ldap:// addresses; ldaps:// is TLS from the start');
    if (!directory.forAgents && !directory.forRequesters) throw invalidLdap('forAgents', 'The directory signs in agents, requesters or both; choose at least one');
    if (directory.portalLdapOnly && !directory.forRequesters) throw invalidLdap('portalLdapOnly', 'LDAP-only registration needs the directory to sign in requesters');
    if (directory.autoProvision && directory.forAgents && !directory.agentRoleId) {
      throw invalidLdap('agentRoleId', 'Agents created at their first sign-in need a role; choose one');
    }
    await this.db.manager.save(LdapDirectory, directory);
    return this.get();
  }

  async delete(): Promise<void> {
    await this.get();
    await this.db.manager.delete(LdapDirectory, { tenantId: this.db.tenant.id });
  }

  // Binds as the service account and runs the filter for everybody (the placeholder matching
  // any value): the answer names what was found, or what is wrong. Outside any transaction.
  async test(tenant: TenantRef): Promise<LdapTestResult> {
    const settings = await this.db.run(tenant, async () => this.settingsOf(await this.find()));
    if (!settings) throw new LdapError(LdapErrorCode.NotConfigured, 'This instance has no LDAP directory');
    return withDirectory(settings, async (connection) => {
      await connection.bindService();
      return { sample: await connection.search(settings.searchFilter.split(USERNAME_PLACEHOLDER).join('*'), SAMPLE_SIZE) };
    });
  }

  // For sign-ins, in the tenant transaction: the active directory for this realm, or null.
  async settingsFor(realm: 'agents' | 'requesters'): Promise<{ directory: LdapDirectory; settings: LdapSettings } | null> {
    const found = await this.find();
    if (!found?.isActive || !(realm === 'agents' ? found.forAgents : found.forRequesters)) return null;
    return { directory: found, settings: this.settingsOf(found)! };
  }

  // Whether the portal's requesters come from the directory only.
  async portalLdapOnly(): Promise<boolean> {
    const found = await this.find();
    return !!found?.isActive && found.forRequesters && found.portalLdapOnly;
  }

  // For the sign-in pages, before anyone signs in: whether agents and requesters may sign in with
  // a directory user name, and whether the portal's requesters come from the directory only.
  async signInFacts(): Promise<{ agents: boolean; requesters: boolean; requestersOnly: boolean }> {
    const found = await this.find();
    const active = !!found?.isActive;
    return { agents: active && found!.forAgents, requesters: active && found!.forRequesters, requestersOnly: active && found!.forRequesters && found!.portalLdapOnly };
  }

  private settingsOf(found: LdapDirectory | null): LdapSettings | null {
    if (!found) return null;
    return {
      url: found.url,
      startTls: found.startTls,
      bindDn: found.bindDn,
      bindPassword: found.bindSecret ? openSecret(this.config.secretKey, found.bindSecret) : null,
      searchBase: found.searchBase,
      searchFilter: found.searchFilter,
      attributes: { name: found.nameAttribute, email: found.emailAttribute, phone: found.phoneAttribute, department: found.departmentAttribute },
    };
  }

  private find(forUpdate = false): Promise<LdapDirectory | null> {
    const query = this.db.manager.createQueryBuilder(LdapDirectory, 'l').addSelect('l.bindSecret');
    return (forUpdate ? query.setLock('pessimistic_write') : query).getOne();
  }

  private view(directory: LdapDirectory): LdapDirectoryView {
    return { directory, hasBindPassword: directory.bindSecret !== null };
  }
}

function checkedUrl(url: string): string {
  const trimmed = url.trim().replace(/\/$/, '');
  let parsed: URL | null = null;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = null;
  }
  if (!parsed || !['ldap:', 'ldaps:'].includes(parsed.protocol) || !parsed.hostname || (parsed.pathname && parsed.pathname !== '/') || parsed.search || parsed.username) {
    throw invalidLdap('url', `"${url}" is not a directory address such as ldaps://ldap.example.org or ldap://ldap.example.org:389`);
  }
  return trimmed;
}

function checkedText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalidLdap(field, `${field} is empty`);
  return trimmed;
}

function checkedFilter(filter: string): string {
  const problem = filterProblem(filter);
  if (problem) throw invalidLdap('searchFilter', problem);
  return filter.trim();
}
