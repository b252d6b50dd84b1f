export { WebhookAdminService, WebhookInput, WebhookWithSecret } from './webhook-admin.service';
export { WebhookDeliveryService } from './webhook-delivery.service';
export { DeliveryStatus, Webhook, WebhookDelivery } from './webhook.entities';
export { WebhookError, WebhookErrorCode } from './webhook.errors';
export { WEBHOOK_KINDS, isInternalAddress, signature, signatureMatches } from './webhook-rules';
export { WebhooksModule } from './webhooks.module';
export { TriggerCallService } from './trigger-call.service';
