import { errorFamily } from '@tessera/errors';

export enum TenantErrorCode {
  NotFound = 'tenant.not-found',
  Suspended = 'tenant.suspended',
  Moved = 'tenant.moved',
  SlugInvalid = 'tenant.slug-invalid',
  SlugTaken = 'tenant.slug-taken',
  AlreadyInState = 'tenant.already-in-state',
  InvalidSetting = 'tenant.invalid-setting',
}

export class TenantError extends errorFamily<TenantErrorCode>({
  [TenantErrorCode.NotFound]: 'not_found',
  [TenantErrorCode.Suspended]: 'forbidden',
  [TenantErrorCode.Moved]: 'moved',
  [TenantErrorCode.SlugInvalid]: 'invalid',
  [TenantErrorCode.SlugTaken]: 'conflict',
  [TenantErrorCode.AlreadyInState]: 'conflict',
  [TenantErrorCode.InvalidSetting]: 'invalid',
}) {}
