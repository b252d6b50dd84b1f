import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid, newId, statement } from '@tessera/database';
import { ApiKey } from './api-key.entity';
import { AuthError, AuthErrorCode } from './auth.errors';
import { clientAddress, isNetwork } from './network-address';
import { hashToken, looksLikeToken, newToken } from './session-token';

export const API_KEY_SCOPES = ['tickets.create', 'tickets.read', 'tickets.write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

const PREFIX = 'tsk_';

// Whether a bearer token is meant as an API key (the guard then checks it as one).
export function isApiKeyToken(token: string): boolean {
  return token.startsWith(PREFIX);
}

export interface NewApiKey {
  name: string;
  scopes: string[];
  // Addresses or CIDR networks the key may be used from; empty: anywhere.
  allowedNetworks?: string[];
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  // Shown once: only its hash is stored.
  token: string;
}

export interface ApiKeyPrincipal {
  apiKeyId: string;
  scopes: ApiKeyScope[];
}

// An instance's API keys for other systems (monitoring, forms, scripts). Runs in the tenant
// transaction: a key of another instance is simply unknown.
@Injectable()
export class ApiKeyService {
  constructor(private readonly db: TenantDatabase) {}

  async create(input: NewApiKey, createdByStaffId: string | null): Promise<CreatedApiKey> {
    const name = input.name.trim();
    if (!name) throw invalid('name', 'The name is empty');
    const unknown = input.scopes.filter((scope) => !isScope(scope));
    if (unknown.length > 0) throw invalid('scopes', `Unknown scopes: ${unknown.join(', ')}`, { unknown });
    if (input.scopes.length === 0) throw invalid('scopes', `A key needs at least one scope of ${API_KEY_SCOPES.join(', ')}`);
    const networks = (input.allowedNetworks ?? []).map((n) => n.trim());
    const garbage = networks.filter((network) => !isNetwork(network));
    if (garbage.length > 0) throw invalid('allowedNetworks', `Not an address or CIDR network: ${garbage.join(', ')}`, { invalid: garbage });
    const token = newToken(PREFIX);
    const id = newId();
    await this.db.manager.query(
      `insert into api_keys (tenant_id, id, name, token_hash, scopes, allowed_networks, created_by_staff_id)
       values (tessera_current_tenant(), $1, $2, $3, $4,
               array(select network(n::inet) from unnest($5::text[]) with ordinality as u (n, position) order by position), $6)`,
      [id, name, hashToken(token), API_KEY_SCOPES.filter((scope) => input.scopes.includes(scope)), networks, createdByStaffId],
    );
    return { apiKey: await this.get(id), token };
  }

  list(): Promise<ApiKey[]> {
    return this.db.manager.find(ApiKey, { order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<ApiKey> {
    const key = isUuid(id) ? await this.db.manager.findOneBy(ApiKey, { id }) : null;
    if (!key) throw new AuthError(AuthErrorCode.ApiKeyNotFound, `No API key with id ${id}`);
    return key;
  }

  // The key stops working at once; it stays listed with its revocation time. Revoking twice
  // keeps the first time.
  async revoke(id: string): Promise<ApiKey> {
    const key = await this.get(id);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.db.manager.update(ApiKey, { id }, { revokedAt: key.revokedAt });
    }
    return key;
  }

  // The key behind a bearer token, if it is known, not revoked, and used from an allowed address.
  async authenticate(token: string, address: string | null): Promise<ApiKeyPrincipal> {
    if (!looksLikeToken(PREFIX, token)) throw unknownKey();
    const [row] = await this.db.query<{ id: string; scopes: string[]; allowed: boolean }>(AUTHENTICATE, [hashToken(token), clientAddress(address)]);
    if (!row) throw unknownKey();
    if (!row.allowed) throw new AuthError(AuthErrorCode.Forbidden, 'This API key may not be used from this address');
    return { apiKeyId: row.id, scopes: row.scopes.filter(isScope) };
  }
}

// The key of a token, and whether the address may use it; an allowed use is recorded, to the
// minute: at most one request a minute writes the key's row, and one that finds it locked by
// another request's recording goes on without waiting, so concurrent requests of one key never
// queue behind each other's transactions.
const AUTHENTICATE = statement(
  'api-keys.authenticate',
  `with key as (
     select id, scopes, cardinality(allowed_networks) = 0 or coalesce($2::inet <<= any(allowed_networks), false) as allowed
       from api_keys where token_hash = $1 and revoked_at is null),
   used as (
     update api_keys set last_used_at = now()
      where id = (select k.id from api_keys k join key on key.id = k.id
                   where key.allowed and (k.last_used_at is null or k.last_used_at < now() - interval '1 minute')
                   for update of k skip locked))
   select id, scopes, allowed from key`,
);

function isScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

function invalid(field: string, message: string, details: Record<string, unknown> = {}): AuthError {
  return new AuthError(AuthErrorCode.ApiKeyInvalid, message, { field, ...details });
}

function unknownKey(): AuthError {
  return new AuthError(AuthErrorCode.Unauthenticated, 'The API key is unknown or revoked');
}
