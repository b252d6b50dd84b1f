import { Body, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { DepartmentMemberService } from '@tessera/directory';
import { IdParam } from '../http/request-fields';
import { CurrentStaff } from '../instance/instance-request';
import { DelegatedAdminController } from './admin-controller.decorator';
import { DepartmentMemberRequest, DepartmentMemberResponse } from './dto/department-member.dto';

// Who works in a department with which role: managers, and the department's agents whose role
// there has members.manage (within their own rights there).
@DelegatedAdminController('departments')
export class DepartmentMembersController {
  constructor(private readonly members: DepartmentMemberService) {}

  @Get(':id/members')
  @ApiOkResponse({ type: [DepartmentMemberResponse], description: 'Its agents, primary and extra, by name' })
  async list(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<DepartmentMemberResponse[]> {
    return (await this.members.list(me.staffId, id)).map(DepartmentMemberResponse.of);
  }

  @Put(':id/members/:staffId')
  @ApiOkResponse({
    type: DepartmentMemberResponse,
    description:
      'Adds the agent to the department with the role, or gives them the role there. 403 directory.forbidden for a role beyond your own there, ' +
      'for an agent whose role there exceeds yours, for your own place and for an instance manager',
  })
  async set(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @IdParam('staffId') staffId: string, @Body() body: DepartmentMemberRequest): Promise<DepartmentMemberResponse> {
    return DepartmentMemberResponse.of(await this.members.set(me.staffId, id, staffId, body.roleId));
  }

  @Delete(':id/members/:staffId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "The agent no longer works in the department; 400 directory.invalid for the agent's primary department" })
  async remove(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @IdParam('staffId') staffId: string): Promise<void> {
    await this.members.remove(me.staffId, id, staffId);
  }
}
