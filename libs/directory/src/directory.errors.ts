import { errorFamily } from '@tessera/errors';

export enum DirectoryErrorCode {
  NotFound = 'directory.not-found',
  Incomplete = 'directory.incomplete',
  Invalid = 'directory.invalid',
  NameTaken = 'directory.name-taken',
  InUse = 'directory.in-use',
  DefaultRequired = 'directory.default-required',
  LastInState = 'directory.last-in-state',
  OwnAccount = 'agent.own-account',
  LastManager = 'agent.last-manager',
  // A department's administration the caller's role there does not hold.
  Forbidden = 'directory.forbidden',
  RequiredField = 'form.required',
  InvalidFieldValue = 'form.invalid-value',
  UnknownField = 'form.unknown-field',
  ReadOnlyField = 'form.read-only',
}

export class DirectoryError extends errorFamily<DirectoryErrorCode>({
  [DirectoryErrorCode.NotFound]: 'not_found',
  [DirectoryErrorCode.Incomplete]: 'conflict',
  [DirectoryErrorCode.Invalid]: 'invalid',
  [DirectoryErrorCode.NameTaken]: 'conflict',
  [DirectoryErrorCode.InUse]: 'conflict',
  [DirectoryErrorCode.DefaultRequired]: 'conflict',
  [DirectoryErrorCode.LastInState]: 'conflict',
  [DirectoryErrorCode.OwnAccount]: 'conflict',
  [DirectoryErrorCode.LastManager]: 'conflict',
  [DirectoryErrorCode.Forbidden]: 'forbidden',
  [DirectoryErrorCode.RequiredField]: 'invalid',
  [DirectoryErrorCode.InvalidFieldValue]: 'invalid',
  [DirectoryErrorCode.UnknownField]: 'invalid',
  [DirectoryErrorCode.ReadOnlyField]: 'invalid',
}) {}

export function invalidField(field: string, message: string, details: Record<string, unknown> = {}): DirectoryError {
  return new DirectoryError(DirectoryErrorCode.Invalid, message, { field, ...details });
}

// A refusal of a department's administration: what the caller lacks, for the problem answer.
export function notAdministered(permission: string, message: string): DirectoryError {
  return new DirectoryError(DirectoryErrorCode.Forbidden, message, { permission });
}
