import { errorFamily } from '@tessera/errors';

export enum NotificationErrorCode {
  TemplateNotFound = 'template.not-found',
  TemplateInvalid = 'template.invalid',
  AlertsInvalid = 'alerts.invalid',
}

export class NotificationError extends errorFamily<NotificationErrorCode>({
  [NotificationErrorCode.TemplateNotFound]: 'not_found',
  [NotificationErrorCode.TemplateInvalid]: 'invalid',
  [NotificationErrorCode.AlertsInvalid]: 'invalid',
}) {}
