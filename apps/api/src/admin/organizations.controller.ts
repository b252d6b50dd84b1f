import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { OrganizationAdminService, RequesterAdminService } from '@tessera/requesters';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { PageQuery } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateOrganizationRequest, UpdateOrganizationRequest } from './dto/organization.request';
import { OrganizationResponse } from './dto/organization.response';
import { RequesterPageResponse } from './dto/requester.response';

@AdminController('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationAdminService,
    private readonly requesters: RequesterAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [OrganizationResponse] })
  async list(): Promise<OrganizationResponse[]> {
    return (await this.organizations.list()).map(OrganizationResponse.of);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationResponse })
  async get(@IdParam() id: string): Promise<OrganizationResponse> {
    return OrganizationResponse.of(await this.organizations.get(id));
  }

  @Get(':id/members')
  @ApiOkResponse({ type: RequesterPageResponse, description: 'The requesters who belong to it, a page at a time' })
  async members(@IdParam() id: string, @Query() query: PageQuery): Promise<RequesterPageResponse> {
    return RequesterPageResponse.of(await this.requesters.members(id, { ...query, limit: query.limit ?? 50 }));
  }

  @Post()
  @ApiCreatedResponse({ type: OrganizationResponse, description: 'A domain of another organization answers 409 organization.domain-taken' })
  async create(@Body() body: CreateOrganizationRequest): Promise<OrganizationResponse> {
    return OrganizationResponse.of(await this.organizations.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: OrganizationResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateOrganizationRequest): Promise<OrganizationResponse> {
    return OrganizationResponse.of(await this.organizations.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Its members stay, without this membership' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.organizations.delete(id);
  }
}
