import { errorFamily } from '@tessera/errors';

export enum TicketErrorCode {
  NotFound = 'ticket.not-found',
  Forbidden = 'ticket.forbidden',
  Invalid = 'ticket.invalid',
  Stale = 'ticket.stale',
  Locked = 'ticket.locked',
  Transition = 'ticket.invalid-transition',
  OpenTasks = 'ticket.open-tasks',
  ReferenceExhausted = 'ticket.reference-exhausted',
  NotRateable = 'ticket.not-rateable',
  AlreadyRated = 'ticket.already-rated',
  AlreadyAssigned = 'ticket.already-assigned',
  LinkNotFound = 'ticket.link-not-found',
  CollaboratorNotFound = 'ticket.collaborator-not-found',
  AttachmentRefused = 'ticket.attachment-refused',
}

export class TicketError extends errorFamily<TicketErrorCode>({
  [TicketErrorCode.NotFound]: 'not_found',
  [TicketErrorCode.Forbidden]: 'forbidden',
  [TicketErrorCode.Invalid]: 'invalid',
  [TicketErrorCode.Stale]: 'conflict',
  [TicketErrorCode.Locked]: 'conflict',
  [TicketErrorCode.Transition]: 'conflict',
  [TicketErrorCode.OpenTasks]: 'conflict',
  [TicketErrorCode.ReferenceExhausted]: 'unavailable',
  [TicketErrorCode.NotRateable]: 'conflict',
  [TicketErrorCode.AlreadyRated]: 'conflict',
  [TicketErrorCode.AlreadyAssigned]: 'conflict',
  [TicketErrorCode.LinkNotFound]: 'not_found',
  [TicketErrorCode.CollaboratorNotFound]: 'not_found',
  [TicketErrorCode.AttachmentRefused]: 'invalid',
}) {}
