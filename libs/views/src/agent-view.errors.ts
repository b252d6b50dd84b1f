import { errorFamily } from '@tessera/errors';

export enum ViewErrorCode {
  NotFound = 'view.not-found',
  NameTaken = 'view.name-taken',
  Invalid = 'view.invalid',
  TooMany = 'view.too-many',
}

export class ViewError extends errorFamily<ViewErrorCode>({
  [ViewErrorCode.NotFound]: 'not_found',
  [ViewErrorCode.NameTaken]: 'conflict',
  [ViewErrorCode.Invalid]: 'invalid',
  [ViewErrorCode.TooMany]: 'conflict',
}) {}
