import { Body, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal, TwoFactorService } from '@tessera/auth';
import { Tenant } from '@tessera/tenancy';
import { CodeRequest } from './dto/two-factor.request';
import { EnrolmentResponse, RecoveryCodesResponse, TwoFactorStatusResponse } from './dto/two-factor.response';
import { InstanceController } from './instance-controller.decorator';
import { CurrentStaff, CurrentTenant } from './instance-request';

// The signed-in agent's own second factor.
@InstanceController('auth/two-factor', 'instance auth')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Get()
  @ApiOkResponse({ type: TwoFactorStatusResponse })
  async status(@CurrentStaff() principal: StaffPrincipal): Promise<TwoFactorStatusResponse> {
    return TwoFactorStatusResponse.from(await this.twoFactor.status(principal.staffId));
  }

  @Post('enrolment')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentResponse, description: 'A new secret, pending until a code confirms it; 409 when a second factor is already on' })
  async startEnrolment(@CurrentStaff() principal: StaffPrincipal, @CurrentTenant() tenant: Tenant): Promise<EnrolmentResponse> {
    return EnrolmentResponse.from(await this.twoFactor.startEnrolment(principal.staffId, tenant.name));
  }

  @Post('enrolment/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse, description: 'The code of the app switches the second factor on; the recovery codes are shown this once' })
  async confirmEnrolment(@CurrentStaff() principal: StaffPrincipal, @Body() body: CodeRequest, @Ip() address: string): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.twoFactor.confirmEnrolment(principal.staffId, body.code, address) };
  }

  @Post('recovery-codes')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse, description: 'Takes a code (or a recovery code): ten new recovery codes replace the old ones, shown this once' })
  async renewRecoveryCodes(@CurrentStaff() principal: StaffPrincipal, @Body() body: CodeRequest, @Ip() address: string): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.twoFactor.renewRecoveryCodes(principal.staffId, body.code, address) };
  }

  @Post('disable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Takes a code (or a recovery code); 409 where the instance requires a second factor' })
  async disable(@CurrentStaff() principal: StaffPrincipal, @Body() body: CodeRequest, @Ip() address: string): Promise<void> {
    await this.twoFactor.disable(principal.staffId, body.code, address);
  }
}
