import { errorFamily } from '@tessera/errors';

export enum WebhookErrorCode {
  NotFound = 'webhook.not-found',
  Invalid = 'webhook.invalid',
  NameTaken = 'webhook.name-taken',
  DeliveryNotFound = 'webhook.delivery-not-found',
}

export class WebhookError extends errorFamily<WebhookErrorCode>({
  [WebhookErrorCode.NotFound]: 'not_found',
  [WebhookErrorCode.Invalid]: 'invalid',
  [WebhookErrorCode.NameTaken]: 'conflict',
  [WebhookErrorCode.DeliveryNotFound]: 'not_found',
}) {}

export function invalidWebhook(field: string, message: string): WebhookError {
  return new WebhookError(WebhookErrorCode.Invalid, message, { field });
}
