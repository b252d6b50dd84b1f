import { DomainError, ErrorDetails, ErrorKind } from '@tessera/errors';

export enum AuthErrorCode {
  Unauthenticated = 'auth.unauthenticated',
  InvalidCredentials = 'auth.invalid-credentials',
  RateLimited = 'auth.rate-limited',
  Forbidden = 'auth.forbidden',
  WeakPassword = 'auth.weak-password',
  EmailTaken = 'auth.email-taken',
}

const kinds: Record<AuthErrorCode, ErrorKind> = {
  [AuthErrorCode.Unauthenticated]: 'unauthenticated',
  [AuthErrorCode.InvalidCredentials]: 'unauthenticated',
  [AuthErrorCode.RateLimited]: 'rate_limited',
  [AuthErrorCode.Forbidden]: 'forbidden',
  [AuthErrorCode.WeakPassword]: 'invalid',
  [AuthErrorCode.EmailTaken]: 'conflict',
};

export class AuthError extends DomainError {
  constructor(code: AuthErrorCode, message: string, details?: ErrorDetails) {
    super(kinds[code], code, message, details);
  }
}
