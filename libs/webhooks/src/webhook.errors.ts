import { errorFamily } from '@tessera/errors';

export enum WebhookErrorCode {
  NotFound = 'webhook.not-found',
  Invalid = 'webhook.invalid',
  NameTaken = 'webhook.name-taken',
}

export class WebhookError extends errorFamily<WebhookErrorCode>({
  [WebhookErrorCode.NotFound]: 'not_found',
  [WebhookErrorCode.Invalid]: 'invalid',
  [WebhookErrorCode.NameTaken]: 'conflict',
}) {}

export function invalidWebhook(field: string, message: string): WebhookError {
  return new WebhookError(WebhookErrorCode.Invalid, message, { field });
}
