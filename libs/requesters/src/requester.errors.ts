import { errorFamily } from '@tessera/errors';

export enum RequesterErrorCode {
  NotFound = 'requester.not-found',
  InvalidEmail = 'requester.invalid-email',
  EmailTaken = 'requester.email-taken',
  OrganizationNotFound = 'organization.not-found',
  OrganizationNameTaken = 'organization.name-taken',
  DomainTaken = 'organization.domain-taken',
}

export class RequesterError extends errorFamily<RequesterErrorCode>({
  [RequesterErrorCode.NotFound]: 'not_found',
  [RequesterErrorCode.InvalidEmail]: 'invalid',
  [RequesterErrorCode.EmailTaken]: 'conflict',
  [RequesterErrorCode.OrganizationNotFound]: 'not_found',
  [RequesterErrorCode.OrganizationNameTaken]: 'conflict',
  [RequesterErrorCode.DomainTaken]: 'conflict',
}) {}
