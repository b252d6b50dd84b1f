import { errorFamily } from '@tessera/errors';

export enum AuthErrorCode {
  Unauthenticated = 'auth.unauthenticated',
  InvalidCredentials = 'auth.invalid-credentials',
  RateLimited = 'auth.rate-limited',
  Forbidden = 'auth.forbidden',
  CsrfMismatch = 'auth.csrf-mismatch',
  WeakPassword = 'auth.weak-password',
  EmailTaken = 'auth.email-taken',
  SignInChallengeInvalid = 'auth.sign-in-challenge-invalid',
  CodeInvalid = 'auth.code-invalid',
  TwoFactorEnabled = 'auth.two-factor-enabled',
  TwoFactorNotEnabled = 'auth.two-factor-not-enabled',
  TwoFactorRequired = 'auth.two-factor-required',
  ResetTokenInvalid = 'auth.reset-token-invalid',
  ResetTokenExpired = 'auth.reset-token-expired',
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
  [AuthErrorCode.SignInChallengeInvalid]: 'unauthenticated',
  [AuthErrorCode.CodeInvalid]: 'invalid',
  [AuthErrorCode.TwoFactorEnabled]: 'conflict',
  [AuthErrorCode.TwoFactorNotEnabled]: 'conflict',
  [AuthErrorCode.TwoFactorRequired]: 'conflict',
  [AuthErrorCode.ResetTokenInvalid]: 'invalid',
  [AuthErrorCode.ResetTokenExpired]: 'gone',
  [AuthErrorCode.ApiKeyNotFound]: 'not_found',
  [AuthErrorCode.ApiKeyInvalid]: 'invalid',
}) {}
