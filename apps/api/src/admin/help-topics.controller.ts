import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { HelpTopicAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { withoutTenant } from '../instance/dto/directory.response';
import { CurrentStaff } from '../instance/instance-request';
import { DelegatedAdminController } from './admin-controller.decorator';
import { CreateHelpTopicRequest, UpdateHelpTopicRequest } from './dto/help-topic.request';
import { AdminHelpTopicResponse } from './dto/help-topic.response';

// Help topics are read by every agent at /help-topics; managers read and change them all here,
// and agents whose role in a department has topics.manage that department's.
@DelegatedAdminController('help-topics')
export class HelpTopicsController {
  constructor(private readonly topics: HelpTopicAdminService) {}

  @Get()
  @ApiOkResponse({ type: [AdminHelpTopicResponse] })
  async list(@CurrentStaff() me: StaffPrincipal): Promise<AdminHelpTopicResponse[]> {
    return (await this.topics.list(me.staffId)).map(withoutTenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: AdminHelpTopicResponse })
  async get(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<AdminHelpTopicResponse> {
    return withoutTenant(await this.topics.get(me.staffId, id));
  }

  @Post()
  @ApiCreatedResponse({ type: AdminHelpTopicResponse })
  async create(@CurrentStaff() me: StaffPrincipal, @Body() body: CreateHelpTopicRequest): Promise<AdminHelpTopicResponse> {
    return withoutTenant(await this.topics.create(me.staffId, body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: AdminHelpTopicResponse })
  async update(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @Body(ChangesPipe) body: UpdateHelpTopicRequest): Promise<AdminHelpTopicResponse> {
    return withoutTenant(await this.topics.update(me.staffId, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while tickets or child topics use it; deactivate it instead' })
  async remove(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<void> {
    await this.topics.delete(me.staffId, id);
  }
}
