import { errorFamily } from '@tessera/errors';

export enum MailboxErrorCode {
  NotFound = 'mailbox.not-found',
  Invalid = 'mailbox.invalid',
  NameTaken = 'mailbox.name-taken',
  AddressTaken = 'mailbox.address-taken',
}

export class MailboxError extends errorFamily<MailboxErrorCode>({
  [MailboxErrorCode.NotFound]: 'not_found',
  [MailboxErrorCode.Invalid]: 'invalid',
  [MailboxErrorCode.NameTaken]: 'conflict',
  [MailboxErrorCode.AddressTaken]: 'conflict',
}) {}

export function invalidMailbox(field: string, message: string): MailboxError {
  return new MailboxError(MailboxErrorCode.Invalid, message, { field });
}
