import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, PriorityAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { PriorityResponse, withoutTenant } from '../instance/dto/directory.response';
import { AdminController } from './admin-controller.decorator';
import { CreatePriorityRequest, UpdatePriorityRequest } from './dto/priority.request';

// Priorities are read by every agent at /priorities; managers read and change them here.
@AdminController('priorities')
export class PrioritiesController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly priorities: PriorityAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [PriorityResponse] })
  async list(): Promise<PriorityResponse[]> {
    return (await this.directory.priorities()).map(withoutTenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: PriorityResponse })
  async get(@IdParam() id: string): Promise<PriorityResponse> {
    return withoutTenant(await this.directory.priority(id));
  }

  @Post()
  @ApiCreatedResponse({ type: PriorityResponse, description: 'A new default takes the flag from the old one' })
  async create(@Body() body: CreatePriorityRequest): Promise<PriorityResponse> {
    return withoutTenant(await this.priorities.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: PriorityResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdatePriorityRequest): Promise<PriorityResponse> {
    return withoutTenant(await this.priorities.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 for the default and while tickets, help topics or the priority matrix use it' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.priorities.delete(id);
  }
}
