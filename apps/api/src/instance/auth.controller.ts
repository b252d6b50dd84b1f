import { Body, Get, HttpCode, Ip, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { SignInChallengeService, StaffPasswordResetService, StaffPrincipal, StaffService } from '@tessera/auth';
import { AgentAccessService } from '@tessera/directory';
import { LdapStaffDirectory } from '@tessera/ldap';
import { Tenant } from '@tessera/tenancy';
import { BrowserSession } from '../http/browser-session';
import { NewPasswordRequest, PasswordResetRequest } from '../portal/dto/portal-auth.request';
import { AgentPreferencesRequest, LoginRequest } from './dto/auth.request';
import { DepartmentAdministrationResponse, LoginResponse, MeResponse, InstanceSummary, StaffResponse } from './dto/auth.response';
import { ChallengeCodeRequest, ChallengeRequest } from './dto/two-factor.request';
import { EnrolmentResponse } from './dto/two-factor.response';
import { InstanceController } from './instance-controller.decorator';
import { CurrentStaff, CurrentTenant, OwnTransactions, PublicRoute } from './instance-request';

const ref = (tenant: Tenant) => ({ id: tenant.id, slug: tenant.slug });

@InstanceController('auth', 'instance auth')
export class AuthController {
  constructor(
    private readonly staff: StaffService,
    private readonly challenges: SignInChallengeService,
    private readonly resets: StaffPasswordResetService,
    private readonly ldap: LdapStaffDirectory,
    private readonly access: AgentAccessService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @BrowserSession('staff', 'sign-in')
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({
    type: LoginResponse,
    description: 'Failed logins are counted per account and address; too many give 429. With a second factor on (or required), the answer is secondFactor instead of a session',
  })
  async login(@CurrentTenant() tenant: Tenant, @Body() body: LoginRequest, @Ip() address: string): Promise<LoginResponse> {
    return LoginResponse.from(await this.staff.login(ref(tenant), body.email, body.password, address, this.ldap));
  }

  @Post('login/code')
  @HttpCode(200)
  @BrowserSession('staff', 'sign-in')
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({ type: LoginResponse, description: 'A code of the app or an unused recovery code; wrong codes are counted like passwords (429), a used one never works again' })
  async loginWithCode(@CurrentTenant() tenant: Tenant, @Body() body: ChallengeCodeRequest, @Ip() address: string): Promise<LoginResponse> {
    return LoginResponse.from(await this.challenges.withCode(ref(tenant), body.challenge, body.code, address));
  }

  @Post('login/enrolment')
  @HttpCode(200)
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({ type: EnrolmentResponse, description: 'The instance requires a second factor: a new secret for the app, pending until confirmed' })
  async startEnrolment(@CurrentTenant() tenant: Tenant, @Body() body: ChallengeRequest): Promise<EnrolmentResponse> {
    return EnrolmentResponse.from(await this.challenges.startEnrolment(ref(tenant), body.challenge, tenant.name));
  }

  @Post('login/enrolment/confirm')
  @HttpCode(200)
  @BrowserSession('staff', 'sign-in')
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({ type: LoginResponse, description: 'The first code switches the second factor on and signs in; the answer carries the recovery codes this once' })
  async confirmEnrolment(@CurrentTenant() tenant: Tenant, @Body() body: ChallengeCodeRequest, @Ip() address: string): Promise<LoginResponse> {
    const { signedIn, recoveryCodes } = await this.challenges.confirmEnrolment(ref(tenant), body.challenge, body.code, address);
    return { ...LoginResponse.from(signedIn), recoveryCodes };
  }

  @Post('password-reset/request')
  @HttpCode(202)
  @PublicRoute()
  @OwnTransactions()
  @ApiAcceptedResponse({ description: 'Always 202: whether the address is known is not revealed; an agent’s address gets a mailed link (capped per address and client)' })
  async requestReset(@CurrentTenant() tenant: Tenant, @Body() body: PasswordResetRequest, @Ip() address: string): Promise<void> {
    await this.resets.request(ref(tenant), body.email, address);
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @PublicRoute()
  @OwnTransactions()
  @ApiNoContentResponse({ description: 'The password is set and every session of the agent ends; the link works once' })
  async confirmReset(@CurrentTenant() tenant: Tenant, @Body() body: NewPasswordRequest): Promise<void> {
    await this.resets.confirm(ref(tenant), body.token, body.password);
  }

  @Get('me')
  @BrowserSession('staff', 'refresh')
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentStaff() principal: StaffPrincipal, @CurrentTenant() tenant: Tenant): Promise<MeResponse> {
    const staff = StaffResponse.from(await this.staff.get(principal.staffId));
    return { staff, administers: DepartmentAdministrationResponse.from(await this.access.load(principal.staffId)), instance: InstanceSummary.from(tenant) };
  }

  @Patch('me')
  @BrowserSession('staff', 'refresh')
  @ApiOkResponse({ type: MeResponse, description: 'The signed-in agent’s own preferences: language, away until; a field left out stays' })
  async updateMe(@CurrentStaff() principal: StaffPrincipal, @CurrentTenant() tenant: Tenant, @Body() body: AgentPreferencesRequest): Promise<MeResponse> {
    const staff = StaffResponse.from(await this.staff.setPreferences(principal.staffId, body));
    return { staff, administers: DepartmentAdministrationResponse.from(await this.access.load(principal.staffId)), instance: InstanceSummary.from(tenant) };
  }

  @Post('logout')
  @HttpCode(204)
  @BrowserSession('staff', 'sign-out')
  @ApiNoContentResponse({ description: 'The token stops working at once' })
  async logout(@CurrentStaff() principal: StaffPrincipal): Promise<void> {
    await this.staff.logout(principal.sessionId);
  }
}
