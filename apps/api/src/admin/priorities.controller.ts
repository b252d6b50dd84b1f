import { Body, Delete, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { PriorityAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { PriorityResponse, withoutTenant } from '../instance/dto/directory.response';
import { AdminController } from './admin-controller.decorator';
import { CreatePriorityRequest, UpdatePriorityRequest } from './dto/priority.request';

// Priorities are read by every agent at /priorities; managers change them here.
@AdminController('priorities')
export class PrioritiesController {
  constructor(private readonly priorities: PriorityAdminService) {}

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
