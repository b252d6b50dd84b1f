import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, HelpTopicAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { withoutTenant } from '../instance/dto/directory.response';
import { AdminController } from './admin-controller.decorator';
import { CreateHelpTopicRequest, UpdateHelpTopicRequest } from './dto/help-topic.request';
import { AdminHelpTopicResponse } from './dto/help-topic.response';

// Help topics are read by every agent at /help-topics; managers read and change them here.
@AdminController('help-topics')
export class HelpTopicsController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly topics: HelpTopicAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AdminHelpTopicResponse] })
  async list(): Promise<AdminHelpTopicResponse[]> {
    return (await this.directory.helpTopics()).map(withoutTenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: AdminHelpTopicResponse })
  async get(@IdParam() id: string): Promise<AdminHelpTopicResponse> {
    return withoutTenant(await this.directory.helpTopic(id));
  }

  @Post()
  @ApiCreatedResponse({ type: AdminHelpTopicResponse })
  async create(@Body() body: CreateHelpTopicRequest): Promise<AdminHelpTopicResponse> {
    return withoutTenant(await this.topics.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: AdminHelpTopicResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateHelpTopicRequest): Promise<AdminHelpTopicResponse> {
    return withoutTenant(await this.topics.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while tickets or child topics use it; deactivate it instead' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.topics.delete(id);
  }
}
