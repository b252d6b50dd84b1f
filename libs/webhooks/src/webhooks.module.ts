import { Module } from '@nestjs/common';
import { TriggerCallService } from './trigger-call.service';
import { WebhookAdminService } from './webhook-admin.service';
import { WebhookDeliveryService } from './webhook-delivery.service';

@Module({ providers: [WebhookAdminService, WebhookDeliveryService, TriggerCallService], exports: [WebhookAdminService, WebhookDeliveryService, TriggerCallService] })
export class WebhooksModule {}
