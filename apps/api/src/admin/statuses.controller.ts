import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, StatusAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { StatusResponse, withoutTenant } from '../instance/dto/directory.response';
import { AdminController } from './admin-controller.decorator';
import { CreateStatusRequest, UpdateStatusRequest } from './dto/status.request';

// Statuses are read by every agent at /statuses; managers read and change them here.
@AdminController('statuses')
export class StatusesController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly statuses: StatusAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [StatusResponse] })
  async list(): Promise<StatusResponse[]> {
    return (await this.directory.statuses()).map(withoutTenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: StatusResponse })
  async get(@IdParam() id: string): Promise<StatusResponse> {
    return withoutTenant(await this.directory.status(id));
  }

  @Post()
  @ApiCreatedResponse({ type: StatusResponse, description: 'A new default takes the flag from the old one' })
  async create(@Body() body: CreateStatusRequest): Promise<StatusResponse> {
    return withoutTenant(await this.statuses.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: StatusResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateStatusRequest): Promise<StatusResponse> {
    return withoutTenant(await this.statuses.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 while tickets use it, for the default, or for the last status of its state' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.statuses.delete(id);
  }
}
