import { errorFamily } from '@tessera/errors';

export enum RequesterErrorCode {
  NotFound = 'requester.not-found',
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
}

export class RequesterError extends errorFamily<RequesterErrorCode>({
  [RequesterErrorCode.NotFound]: 'not_found',
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
}) {}
