import { Body, Get, HttpCode, Ip, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { LdapRequesterDirectory } from '@tessera/ldap';
import { RequesterAuthService, RequesterPrincipal } from '@tessera/requesters';
import { PortalTicketService } from '@tessera/tickets';
import { Tenant } from '@tessera/tenancy';
import { BrowserSession } from '../http/browser-session';
import { InstanceSummary } from '../instance/dto/auth.response';
import { LoginRequest, OwnPreferencesRequest } from '../instance/dto/auth.request';
import { CurrentTenant, OwnTransactions, PublicRoute } from '../instance/instance-request';
import { GuestLinkRequest, GuestRequest, LinkTokenRequest, NewPasswordRequest, PasswordResetRequest, RegisterRequest } from './dto/portal-auth.request';
import { GuestSessionResponse, RequesterMeResponse, RequesterSignInResponse } from './dto/portal-auth.response';
import { PortalController } from './portal-controller.decorator';
import { CurrentRequester } from './portal-request';

const ref = (tenant: Tenant) => ({ id: tenant.id, slug: tenant.slug });

// The requesters' accounts: registration, sign-in, password reset, invitations, guest links.
@PortalController('', 'portal accounts')
export class PortalAuthController {
  constructor(
    private readonly auth: RequesterAuthService,
    private readonly portal: PortalTicketService,
    private readonly ldap: LdapRequesterDirectory,
  ) {}

  @Post('auth/register')
  @HttpCode(202)
  @PublicRoute()
  @OwnTransactions()
  @ApiAcceptedResponse({ description: 'The same answer for new and known addresses: a mail tells the address what comes next' })
  async register(@CurrentTenant() tenant: Tenant, @Body() body: RegisterRequest, @Ip() address: string): Promise<void> {
    await this.auth.register(ref(tenant), body, address, this.ldap);
  }

  @Post('auth/register/confirm')
  @HttpCode(200)
  @BrowserSession('requester', 'sign-in')
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({ type: RequesterSignInResponse, description: 'The address is confirmed, the password chosen at registration set; signed in' })
  async confirmRegistration(@CurrentTenant() tenant: Tenant, @Body() body: LinkTokenRequest): Promise<RequesterSignInResponse> {
    return RequesterSignInResponse.from(await this.auth.confirmRegistration(ref(tenant), body.token));
  }

  @Post('auth/login')
  @HttpCode(200)
  @BrowserSession('requester', 'sign-in')
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({ type: RequesterSignInResponse, description: 'Failed logins are counted per account and address; too many give 429' })
  async login(@CurrentTenant() tenant: Tenant, @Body() body: LoginRequest, @Ip() address: string): Promise<RequesterSignInResponse> {
    return RequesterSignInResponse.from(await this.auth.login(ref(tenant), body.email, body.password, address, this.ldap));
  }

  @Post('auth/logout')
  @HttpCode(204)
  @BrowserSession('requester', 'sign-out')
  @ApiNoContentResponse({ description: 'The session (also a guest session) stops working at once' })
  async logout(@CurrentRequester() principal: RequesterPrincipal): Promise<void> {
    await this.auth.logout(principal.sessionId);
  }

  @Get('auth/me')
  @BrowserSession('requester', 'refresh')
  @ApiOkResponse({ type: RequesterMeResponse, description: 'Signed-in requesters only; a guest session gets 403' })
  async me(@CurrentRequester() principal: RequesterPrincipal, @CurrentTenant() tenant: Tenant): Promise<RequesterMeResponse> {
    return RequesterMeResponse.from(await this.auth.profile(principal), InstanceSummary.from(tenant));
  }

  @Patch('auth/me')
  @BrowserSession('requester', 'refresh')
  @ApiOkResponse({ type: RequesterMeResponse, description: 'The signed-in requester’s own preferences; a guest session gets 403' })
  async updateMe(@CurrentRequester() principal: RequesterPrincipal, @CurrentTenant() tenant: Tenant, @Body() body: OwnPreferencesRequest): Promise<RequesterMeResponse> {
    return RequesterMeResponse.from(await this.auth.setLanguage(principal, body.language ?? null), InstanceSummary.from(tenant));
  }

  @Post('auth/password-reset/request')
  @HttpCode(202)
  @PublicRoute()
  @OwnTransactions()
  @ApiAcceptedResponse({ description: 'Always 202: whether the address is known is not revealed; a known one gets a mailed link' })
  async requestReset(@CurrentTenant() tenant: Tenant, @Body() body: PasswordResetRequest, @Ip() address: string): Promise<void> {
    await this.auth.requestReset(ref(tenant), body.email, address);
  }

  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @PublicRoute()
  @OwnTransactions()
  @ApiNoContentResponse({ description: 'The password is set and every session of the account ends; the link works once' })
  async confirmReset(@CurrentTenant() tenant: Tenant, @Body() body: NewPasswordRequest): Promise<void> {
    await this.auth.confirmReset(ref(tenant), body.token, body.password);
  }

  @Post('invitation/accept')
  @HttpCode(200)
  @BrowserSession('requester', 'sign-in')
  @PublicRoute()
  @OwnTransactions()
  @ApiOkResponse({ type: RequesterSignInResponse, description: 'The password is set; signed in' })
  async acceptInvitation(@CurrentTenant() tenant: Tenant, @Body() body: NewPasswordRequest): Promise<RequesterSignInResponse> {
    return RequesterSignInResponse.from(await this.auth.acceptInvitation(ref(tenant), body.token, body.password));
  }

  @Post('guest')
  @HttpCode(200)
  @BrowserSession('requester', 'sign-in')
  @PublicRoute()
  @ApiOkResponse({ type: GuestSessionResponse, description: 'A wrong reference, address or token all answer the same 404; rate-limited' })
  async guest(@Body() body: GuestRequest, @Ip() address: string): Promise<GuestSessionResponse> {
    return this.portal.openGuestSession(body.reference, body.email, body.token, address);
  }

  @Post('guest/link')
  @HttpCode(202)
  @PublicRoute()
  @ApiAcceptedResponse({ description: "Always 202: when the address takes part in the ticket, the ticket's guest link is mailed to it" })
  async mailGuestLink(@Body() body: GuestLinkRequest, @Ip() address: string): Promise<void> {
    await this.portal.mailGuestLink(body.reference, body.email, address);
  }
}
