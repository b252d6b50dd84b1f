import { errorFamily } from '@tessera/errors';

export enum RequesterErrorCode {
  NotFound = 'requester.not-found',
  Invalid = 'requester.invalid',
  InvalidEmail = 'requester.invalid-email',
  EmailTaken = 'requester.email-taken',
  OrganizationNotFound = 'organization.not-found',
  OrganizationNameTaken = 'organization.name-taken',
  DomainTaken = 'organization.domain-taken',
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
  [RequesterErrorCode.InvalidDomain]: 'invalid',
}) {}

// Names are stored trimmed; an empty one is refused.
export function checkedName(value: string): string {
  const name = value.trim();
  if (!name) throw new RequesterError(RequesterErrorCode.Invalid, 'The name is empty', { field: 'name' });
  return name;
}
