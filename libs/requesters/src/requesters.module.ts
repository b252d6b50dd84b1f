import { Module } from '@nestjs/common';
import { OrganizationAdminService } from './organization-admin.service';
import { RequesterAdminService } from './requester-admin.service';
import { RequesterService } from './requester.service';

const services = [RequesterService, RequesterAdminService, OrganizationAdminService];

@Module({ providers: services, exports: services })
export class RequestersModule {}
