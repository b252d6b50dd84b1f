import { Body, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { LdapAdminService } from '@tessera/ldap';
import { Tenant } from '@tessera/tenancy';
import { CurrentTenant, OwnTransactions } from '../instance/instance-request';
import { AdminController } from './admin-controller.decorator';
import { LdapDirectoryRequest, LdapDirectoryResponse, LdapTestResponse } from './dto/ldap.dto';

// The instance's LDAP directory: one per instance, so no id in the path.
@AdminController('ldap')
export class LdapController {
  constructor(private readonly ldap: LdapAdminService) {}

  @Get()
  @ApiOkResponse({ type: LdapDirectoryResponse, description: '404 while none is set up' })
  async get(): Promise<LdapDirectoryResponse> {
    return LdapDirectoryResponse.of(await this.ldap.get());
  }

  @Put()
  @ApiOkResponse({ type: LdapDirectoryResponse, description: 'Creates or replaces the settings; the stored bind password stays unless given' })
  async put(@Body() body: LdapDirectoryRequest): Promise<LdapDirectoryResponse> {
    return LdapDirectoryResponse.of(await this.ldap.put(body));
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Directory accounts can no longer sign in until it is set up again' })
  async remove(): Promise<void> {
    await this.ldap.delete();
  }

  // Talks to the directory: no transaction stays open meanwhile.
  @Post('test')
  @HttpCode(200)
  @OwnTransactions()
  @ApiOkResponse({ type: LdapTestResponse, description: 'Binds as the service account and runs the filter; a problem names what is wrong (503: no answer)' })
  async test(@CurrentTenant() tenant: Tenant): Promise<LdapTestResponse> {
    return LdapTestResponse.of(await this.ldap.test({ id: tenant.id, slug: tenant.slug }));
  }
}
