import { Client, Entry, InvalidCredentialsError, NoSuchObjectError, ResultCodeError } from 'ldapts';
import { LdapError, LdapErrorCode } from './ldap.errors';
import { personFilter } from './ldap-filter';

// What one connection needs: the directory's address and the service account, opened.
export interface LdapSettings {
  url: string;
  startTls: boolean;
  bindDn: string | null;
  bindPassword: string | null;
  searchBase: string;
  searchFilter: string;
  attributes: LdapAttributes;
}

export interface LdapAttributes {
  name: string;
  email: string;
  phone: string | null;
  department: string | null;
}

// A person as the directory describes them, mapped to Tessera's fields.
export interface LdapPerson {
  dn: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  department: string | null;
}

// A directory that does not answer within this time is down, for a sign-in as for a test.
const TIMEOUT_MS = 5_000;

// One short conversation with the directory: connect, bind as the service account, search,
// optionally bind as the person found, and hang up. Never inside a database transaction.
export async function withDirectory<T>(settings: LdapSettings, work: (directory: DirectoryConnection) => Promise<T>): Promise<T> {
  const client = new Client({ url: settings.url, timeout: TIMEOUT_MS, connectTimeout: TIMEOUT_MS, strictDN: false });
  try {
    if (settings.startTls) await client.startTLS({}).catch((error) => unreachable(settings, error));
    return await work(new DirectoryConnection(client, settings));
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

export class DirectoryConnection {
  constructor(
    private readonly client: Client,
    private readonly settings: LdapSettings,
  ) {}

  // As the service account (anonymous without a bind DN).
  async bindService(): Promise<void> {
    if (!this.settings.bindDn) return;
    try {
      await this.client.bind(this.settings.bindDn, this.settings.bindPassword ?? '');
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        throw new LdapError(LdapErrorCode.BindRejected, 'The directory refused the service account’s DN or password', { bindDn: this.settings.bindDn });
      }
      throw failure(this.settings, error);
    }
  }

  // The people the filter finds for a sign-in name, at most `limit`.
  async find(username: string, limit: number): Promise<LdapPerson[]> {
    return this.search(personFilter(this.settings.searchFilter, username), limit);
  }

  async search(filter: string, limit: number): Promise<LdapPerson[]> {
    const { attributes } = this.settings;
    try {
      const { searchEntries } = await this.client.search(this.settings.searchBase, {
        scope: 'sub',
        filter,
        sizeLimit: limit,
        attributes: [attributes.name, attributes.email, attributes.phone, attributes.department].filter((name): name is string => !!name),
      });
      return searchEntries.map((entry) => mapped(entry, attributes));
    } catch (error) {
      if (error instanceof NoSuchObjectError) {
        throw new LdapError(LdapErrorCode.BaseNotFound, `The search base ${this.settings.searchBase} does not exist in the directory`, {
          searchBase: this.settings.searchBase,
        });
      }
      throw failure(this.settings, error);
    }
  }

  // Whether the password is the person's. An empty password would be an anonymous bind, which
  // directories accept: it never counts.
  async passwordMatches(dn: string, password: string): Promise<boolean> {
    if (!password) return false;
    try {
      await this.client.bind(dn, password);
      return true;
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return false;
      throw failure(this.settings, error);
    }
  }
}

function first(entry: Entry, attribute: string | null): string | null {
  if (!attribute) return null;
  const key = Object.keys(entry).find((name) => name.toLowerCase() === attribute.toLowerCase());
  const value = key ? entry[key] : undefined;
  const text = Array.isArray(value) ? value[0] : value;
  const string = Buffer.isBuffer(text) ? text.toString('utf8') : text;
  return typeof string === 'string' && string.trim() ? string.trim() : null;
}

function mapped(entry: Entry, attributes: LdapAttributes): LdapPerson {
  return {
    dn: entry.dn,
    name: first(entry, attributes.name),
    email: first(entry, attributes.email),
    phone: first(entry, attributes.phone),
    department: first(entry, attributes.department),
  };
}

// A result code is the directory answering; anything else (refused, timed out, TLS) is it not.
function failure(settings: LdapSettings, error: unknown): LdapError {
  if (error instanceof ResultCodeError) {
    return new LdapError(LdapErrorCode.SearchRefused, `The directory refused: ${(error as Error).message}`, { reason: (error as Error).message });
  }
  return unreachable(settings, error);
}

function unreachable(settings: LdapSettings, error: unknown): never & LdapError {
  // The reason is for managers testing the connection; sign-ins answer without it.
  const reason = (error as Error).message ?? String(error);
  throw new LdapError(LdapErrorCode.Unreachable, `The directory at ${settings.url} does not answer (${reason})`, { reason });
}
