import { errorFamily } from '@tessera/errors';

export enum AuthErrorCode {
  Unauthenticated = 'auth.unauthenticated',
  InvalidCredentials = 'auth.invalid-credentials',
  RateLimited = 'auth.rate-limited',
  Forbidden = 'auth.forbidden',
  WeakPassword = 'auth.weak-password',
  EmailTaken = 'auth.email-taken',
}

export class AuthError extends errorFamily<AuthErrorCode>({
  [AuthErrorCode.Unauthenticated]: 'unauthenticated',
  [AuthErrorCode.InvalidCredentials]: 'unauthenticated',
  [AuthErrorCode.RateLimited]: 'rate_limited',
  [AuthErrorCode.Forbidden]: 'forbidden',
  [AuthErrorCode.WeakPassword]: 'invalid',
  [AuthErrorCode.EmailTaken]: 'conflict',
}) {}
