import { Module } from '@nestjs/common';
import { NotificationSettingsService } from './notification-settings.service';
import { TemplateAdminService } from './template-admin.service';
import { TemplateService } from './template.service';

const services = [TemplateService, TemplateAdminService, NotificationSettingsService];

@Module({ providers: services, exports: services })
export class NotificationsModule {}
