import { HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse } from '@nestjs/swagger';
import { AuthError, AuthErrorCode, StaffPrincipal } from '@tessera/auth';
import { RequesterAuthService } from '@tessera/requesters';
import { InstanceController } from '../instance/instance-controller.decorator';
import { CurrentStaff } from '../instance/instance-request';
import { InvitationResponse } from './dto/portal-auth.response';

const uuid = new ParseUUIDPipe({ version: undefined });

// Managers invite requesters to the portal; the link goes by mail, never to the manager.
@InstanceController('admin/requesters', 'instance administration')
export class InvitationController {
  constructor(private readonly auth: RequesterAuthService) {}

  @Post(':id/invitation')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: InvitationResponse, description: 'Managers only; the requester gets a link valid for 7 days' })
  async invite(@CurrentStaff() staff: StaffPrincipal, @Param('id', uuid) id: string): Promise<InvitationResponse> {
    if (!staff.isManager) throw new AuthError(AuthErrorCode.Forbidden, 'Only managers may invite requesters');
    const invitation = await this.auth.invite(id);
    return { requesterId: invitation.requester.id, email: invitation.email, expiresAt: invitation.expiresAt };
  }
}
