import { Get } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { AgentAdminService, CustomFormService, DirectoryService, TeamAdminService } from '@tessera/directory';
import { OrganizationAdminService } from '@tessera/requesters';
import { IdParam } from '../http/request-fields';
import {
  ColleagueResponse,
  DepartmentResponse,
  HelpTopicResponse,
  PriorityResponse,
  OrganizationSummaryResponse,
  SlaPlanResponse,
  StatusResponse,
  TeamSummaryResponse,
  withoutTenant,
} from './dto/directory.response';
import { FormFieldResponse } from './dto/form-field.response';
import { InstanceController } from './instance-controller.decorator';

// Read access for every agent of the instance to the objects tickets refer to.
@InstanceController('', 'instance configuration')
export class DirectoryController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly agents: AgentAdminService,
    private readonly teamAdmin: TeamAdminService,
    private readonly organizationAdmin: OrganizationAdminService,
    private readonly forms: CustomFormService,
  ) {}

  // The agents a ticket can go to: active and not locked.
  @Get('agents')
  @ApiOkResponse({ type: [ColleagueResponse] })
  async colleagues(): Promise<ColleagueResponse[]> {
    return (await this.agents.list())
      .filter(({ staff }) => staff.isActive && !staff.isLocked)
      .map(({ staff, departments, teamIds }) => ({ id: staff.id, name: staff.name, email: staff.email, departmentIds: departments.map((d) => d.departmentId), teamIds }));
  }

  @Get('teams')
  @ApiOkResponse({ type: [TeamSummaryResponse], description: 'the active teams' })
  async teams(): Promise<TeamSummaryResponse[]> {
    return (await this.teamAdmin.list()).filter(({ team }) => team.isActive).map(({ team, memberIds }) => ({ id: team.id, name: team.name, memberIds }));
  }

  @Get('organizations')
  @ApiOkResponse({ type: [OrganizationSummaryResponse] })
  async organizations(): Promise<OrganizationSummaryResponse[]> {
    return (await this.organizationAdmin.list()).map(({ organization }) => ({ id: organization.id, name: organization.name }));
  }

  @Get('departments')
  @ApiOkResponse({ type: [DepartmentResponse] })
  async departments(): Promise<DepartmentResponse[]> {
    return (await this.directory.departments()).map(withoutTenant);
  }

  @Get('departments/:id')
  @ApiOkResponse({ type: DepartmentResponse })
  async department(@IdParam() id: string): Promise<DepartmentResponse> {
    return withoutTenant(await this.directory.department(id));
  }

  @Get('help-topics')
  @ApiOkResponse({ type: [HelpTopicResponse] })
  async helpTopics(): Promise<HelpTopicResponse[]> {
    return (await this.directory.helpTopics()).map(withoutTenant);
  }

  @Get('help-topics/:id')
  @ApiOkResponse({ type: HelpTopicResponse })
  async helpTopic(@IdParam() id: string): Promise<HelpTopicResponse> {
    return withoutTenant(await this.directory.helpTopic(id));
  }

  @Get('help-topics/:id/fields')
  @ApiOkResponse({ type: [FormFieldResponse], description: 'The fields of the topic’s tickets: its forms’ and its ancestors’, in order' })
  async helpTopicFields(@IdParam() id: string): Promise<FormFieldResponse[]> {
    await this.directory.helpTopic(id);
    return (await this.forms.ticketFields(id)).map(FormFieldResponse.of);
  }

  @Get('statuses')
  @ApiOkResponse({ type: [StatusResponse] })
  async statuses(): Promise<StatusResponse[]> {
    return (await this.directory.statuses()).map(withoutTenant);
  }

  @Get('priorities')
  @ApiOkResponse({ type: [PriorityResponse] })
  async priorities(): Promise<PriorityResponse[]> {
    return (await this.directory.priorities()).map(withoutTenant);
  }

  @Get('sla-plans')
  @ApiOkResponse({ type: [SlaPlanResponse] })
  async slaPlans(): Promise<SlaPlanResponse[]> {
    return (await this.directory.slaPlans()).map(withoutTenant);
  }

  @Get('sla-plans/:id')
  @ApiOkResponse({ type: SlaPlanResponse })
  async slaPlan(@IdParam() id: string): Promise<SlaPlanResponse> {
    return withoutTenant(await this.directory.slaPlan(id));
  }
}
