import { errorFamily } from '@tessera/errors';

export enum LiveErrorCode {
  Unavailable = 'live.unavailable',
}

export class LiveError extends errorFamily<LiveErrorCode>({
  [LiveErrorCode.Unavailable]: 'unavailable',
}) {}
