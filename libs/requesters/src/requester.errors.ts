import { errorFamily } from '@tessera/errors';

export enum RequesterErrorCode {
  NotFound = 'requester.not-found',
  Invalid = 'requester.invalid',
  InvalidEmail = 'requester.invalid-email',
  EmailTaken = 'requester.email-taken',
  OrganizationNotFound = 'organization.not-found',
  OrganizationNameTaken = 'organization.name-taken',
  DomainTaken = 'organization.domain-taken',
  RegistrationClosed = 'requester.registration-closed',
  InvitationOnly = 'requester.invitation-only',
  TokenInvalid = 'requester.token-invalid',
  TokenExpired = 'requester.token-expired',
  CannotLogin = 'requester.cannot-login',
  AlreadyRegistered = 'requester.already-registered',
  SignInRequired = 'requester.sign-in-required',
  InvalidDomain = 'organization.invalid-domain',
}

export class RequesterError extends errorFamily<RequesterErrorCode>({
  [RequesterErrorCode.NotFound]: 'not_found',
  [RequesterErrorCode.Invalid]: 'invalid',
  [RequesterErrorCode.InvalidEmail]: 'invalid',
  [RequesterErrorCode.EmailTaken]: 'conflict',
  [RequesterErrorCode.OrganizationNotFound]: 'not_found',
  [RequesterErrorCode.OrganizationNameTaken]: 'conflict',
  [RequesterErrorCode.DomainTaken]: 'conflict',
  [RequesterErrorCode.RegistrationClosed]: 'forbidden',
  [RequesterErrorCode.InvitationOnly]: 'forbidden',
  [RequesterErrorCode.TokenInvalid]: 'invalid',
  [RequesterErrorCode.TokenExpired]: 'gone',
  [RequesterErrorCode.CannotLogin]: 'conflict',
  [RequesterErrorCode.AlreadyRegistered]: 'conflict',
  [RequesterErrorCode.SignInRequired]: 'forbidden',
  [RequesterErrorCode.InvalidDomain]: 'invalid',
}) {}

// Names are stored trimmed; an empty one is refused.
export function checkedName(value: string): string {
  const name = value.trim();
  if (!name) throw new RequesterError(RequesterErrorCode.Invalid, 'The name is empty', { field: 'name' });
  return name;
}
