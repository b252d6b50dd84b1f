import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { DirectoryModule } from '@tessera/directory';
import { OrganizationAdminService } from './organization-admin.service';
import { RequesterAdminService } from './requester-admin.service';
import { RequesterAuthService } from './requester-auth.service';
import { RequesterService } from './requester.service';

const services = [RequesterService, RequesterAuthService, RequesterAdminService, OrganizationAdminService];

@Module({ imports: [AuthModule, DirectoryModule], providers: services, exports: services })
export class RequestersModule {}
