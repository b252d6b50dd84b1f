import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, RoleAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { withoutTenant } from '../instance/dto/directory.response';
import { AdminController } from './admin-controller.decorator';
import { CreateRoleRequest, UpdateRoleRequest } from './dto/role.request';
import { RoleResponse } from './dto/role.response';

@AdminController('roles')
export class RolesController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly roles: RoleAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [RoleResponse] })
  async list(): Promise<RoleResponse[]> {
    return (await this.directory.roles()).map(withoutTenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: RoleResponse })
  async get(@IdParam() id: string): Promise<RoleResponse> {
    return withoutTenant(await this.directory.role(id));
  }

  @Post()
  @ApiCreatedResponse({ type: RoleResponse, description: 'Unknown permissions answer 400 directory.invalid naming them in `unknown`' })
  async create(@Body() body: CreateRoleRequest): Promise<RoleResponse> {
    return withoutTenant(await this.roles.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: RoleResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateRoleRequest): Promise<RoleResponse> {
    return withoutTenant(await this.roles.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while an agent holds the role in any department' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.roles.delete(id);
  }
}
