import { errorFamily } from '@tessera/errors';

export enum AuthErrorCode {
  Unauthenticated = 'auth.unauthenticated',
  InvalidCredentials = 'auth.invalid-credentials',
  RateLimited = 'auth.rate-limited',
  Forbidden = 'auth.forbidden',
  CsrfMismatch = 'auth.csrf-mismatch',
  WeakPassword = 'auth.weak-password',
  EmailTaken = 'auth.email-taken',
  ApiKeyNotFound = 'api-key.not-found',
  ApiKeyInvalid = 'api-key.invalid',
}

export class AuthError extends errorFamily<AuthErrorCode>({
  [AuthErrorCode.Unauthenticated]: 'unauthenticated',
  [AuthErrorCode.InvalidCredentials]: 'unauthenticated',
  [AuthErrorCode.RateLimited]: 'rate_limited',
  [AuthErrorCode.Forbidden]: 'forbidden',
  [AuthErrorCode.CsrfMismatch]: 'forbidden',
  [AuthErrorCode.WeakPassword]: 'invalid',
  [AuthErrorCode.EmailTaken]: 'conflict',
  [AuthErrorCode.ApiKeyNotFound]: 'not_found',
  [AuthErrorCode.ApiKeyInvalid]: 'invalid',
}) {}
