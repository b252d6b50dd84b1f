import { Get } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService } from '@tessera/directory';
import { IdParam } from '../http/request-fields';
import {
  DepartmentResponse,
  HelpTopicResponse,
  PriorityResponse,
  SlaPlanResponse,
  StatusResponse,
  withoutTenant,
} from './dto/directory.response';
import { InstanceController } from './instance-controller.decorator';

// Read access for every agent of the instance to the objects tickets refer to.
@InstanceController('', 'instance configuration')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

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
