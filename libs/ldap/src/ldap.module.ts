import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { DirectoryModule } from '@tessera/directory';
import { RequestersModule } from '@tessera/requesters';
import { LdapAdminService } from './ldap-admin.service';
import { LdapRequesterDirectory } from './ldap-requester-directory';
import { LdapStaffDirectory } from './ldap-sign-in.service';

const services = [LdapAdminService, LdapStaffDirectory, LdapRequesterDirectory];

@Module({ imports: [AuthModule, DirectoryModule, RequestersModule], providers: services, exports: services })
export class LdapModule {}
