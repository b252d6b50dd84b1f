import { Module } from '@nestjs/common';
import { WebhookAdminService } from './webhook-admin.service';
import { WebhookDeliveryService } from './webhook-delivery.service';

@Module({ providers: [WebhookAdminService, WebhookDeliveryService], exports: [WebhookAdminService, WebhookDeliveryService] })
export class WebhooksModule {}
