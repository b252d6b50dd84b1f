import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DepartmentAdminService, DirectoryService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { withoutTenant } from '../instance/dto/directory.response';
import { AdminController } from './admin-controller.decorator';
import { CreateDepartmentRequest, UpdateDepartmentRequest } from './dto/department.request';
import { AdminDepartmentResponse } from './dto/department.response';

@AdminController('departments')
export class DepartmentsController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly departments: DepartmentAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AdminDepartmentResponse] })
  async list(): Promise<AdminDepartmentResponse[]> {
    return (await this.directory.departments()).map(withoutTenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: AdminDepartmentResponse })
  async get(@IdParam() id: string): Promise<AdminDepartmentResponse> {
    return withoutTenant(await this.directory.department(id));
  }

  @Post()
  @ApiCreatedResponse({ type: AdminDepartmentResponse, description: 'A taken name answers 409 directory.name-taken' })
  async create(@Body() body: CreateDepartmentRequest): Promise<AdminDepartmentResponse> {
    return withoutTenant(await this.departments.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: AdminDepartmentResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateDepartmentRequest): Promise<AdminDepartmentResponse> {
    return withoutTenant(await this.departments.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while tickets, help topics, agents or child departments use it' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.departments.delete(id);
  }
}
