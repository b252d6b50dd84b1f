import { Body, Get, HttpCode, Ip, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal, StaffService } from '@tessera/auth';
import { LdapStaffDirectory } from '@tessera/ldap';
import { Tenant } from '@tessera/tenancy';
import { BrowserSession } from '../http/browser-session';
import { LoginRequest, OwnPreferencesRequest } from './dto/auth.request';
import { LoginResponse, MeResponse, InstanceSummary, StaffResponse } from './dto/auth.response';
import { InstanceController } from './instance-controller.decorator';
import { CurrentStaff, CurrentTenant, OwnTransactions, PublicRoute } from './instance-request';

@InstanceController('auth', 'instance auth')
export class AuthController {
  constructor(
    private readonly staff: StaffService,
    private readonly ldap: LdapStaffDirectory,
  ) {}

  @Post('login')
  @HttpCode(200)
  @BrowserSession('staff', 'sign-in')
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({ type: LoginResponse, description: 'Failed logins are counted per account and address; too many give 429' })
  async login(@CurrentTenant() tenant: Tenant, @Body() body: LoginRequest, @Ip() address: string): Promise<LoginResponse> {
    const result = await this.staff.login({ id: tenant.id, slug: tenant.slug }, body.email, body.password, address, this.ldap);
    return { token: result.token, expiresAt: result.expiresAt, staff: StaffResponse.from(result.staff) };
  }

  @Get('me')
  @BrowserSession('staff', 'refresh')
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentStaff() principal: StaffPrincipal, @CurrentTenant() tenant: Tenant): Promise<MeResponse> {
    return { staff: StaffResponse.from(await this.staff.get(principal.staffId)), instance: InstanceSummary.from(tenant) };
  }

  @Patch('me')
  @BrowserSession('staff', 'refresh')
  @ApiOkResponse({ type: MeResponse, description: 'The signed-in agent’s own preferences' })
  async updateMe(@CurrentStaff() principal: StaffPrincipal, @CurrentTenant() tenant: Tenant, @Body() body: OwnPreferencesRequest): Promise<MeResponse> {
    return { staff: StaffResponse.from(await this.staff.setLanguage(principal.staffId, body.language ?? null)), instance: InstanceSummary.from(tenant) };
  }

  @Post('logout')
  @HttpCode(204)
  @BrowserSession('staff', 'sign-out')
  @ApiNoContentResponse({ description: 'The token stops working at once' })
  async logout(@CurrentStaff() principal: StaffPrincipal): Promise<void> {
    await this.staff.logout(principal.sessionId);
  }
}
