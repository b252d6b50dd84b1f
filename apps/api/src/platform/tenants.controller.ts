import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CONFIG, Config } from '@tessera/config';
import { ProvisioningService } from '@tessera/platform';
import { TenantService } from '@tessera/tenancy';
import { ConfigurationFileResponse } from '../admin/dto/configuration.dto';
import { PageQuery } from '../http/request-fields';
import { CreateTenantRequest, UpdateTenantRequest } from './dto/tenant.request';
import { ProvisionedTenantResponse, TenantPageResponse, TenantResponse } from './dto/tenant.response';
import { ChangesPipe } from '../http/request-fields';
import { OperatorGuard } from './operator.guard';

@ApiTags('platform')
@ApiBearerAuth('operator')
@UseGuards(OperatorGuard)
@Controller('api/v1/platform/tenants')
export class TenantsController {
  private readonly publicUrl: string;

  constructor(
    private readonly tenants: TenantService,
    private readonly provisioning: ProvisioningService,
    @Inject(CONFIG) config: Config,
  ) {
    this.publicUrl = config.http.publicUrl;
  }

  @Post()
  @ApiCreatedResponse({
    type: ProvisionedTenantResponse,
    description: 'The instance, from the default template and the configuration file given, with its first manager; 400 configuration.invalid names the member of the file at fault',
  })
  async create(@Body() body: CreateTenantRequest): Promise<ProvisionedTenantResponse> {
    return ProvisionedTenantResponse.fromProvisioned(await this.provisioning.provision(body), this.publicUrl);
  }

  @Get()
  @ApiOkResponse({ type: TenantPageResponse })
  async list(@Query() query: PageQuery): Promise<TenantPageResponse> {
    const page = await this.tenants.list(query.limit ?? 50, query.cursor ?? null);
    return { items: page.items.map((t) => TenantResponse.from(t, this.publicUrl)), nextCursor: page.nextCursor };
  }

  @Get(':slug')
  @ApiOkResponse({ type: TenantResponse })
  async get(@Param('slug') slug: string): Promise<TenantResponse> {
    return TenantResponse.from(await this.tenants.get(slug), this.publicUrl);
  }

  @Get(':slug/configuration')
  @ApiOkResponse({ type: ConfigurationFileResponse, description: "The instance's configuration file, as its managers export it" })
  async configuration(@Param('slug') slug: string): Promise<ConfigurationFileResponse> {
    return ConfigurationFileResponse.of(await this.provisioning.configurationOf(slug));
  }

  @Patch(':slug')
  @ApiOkResponse({ type: TenantResponse, description: 'Renaming keeps the old slug answering with 308 redirects' })
  async update(@Param('slug') slug: string, @Body(ChangesPipe) body: UpdateTenantRequest): Promise<TenantResponse> {
    return TenantResponse.from(await this.tenants.update(slug, body), this.publicUrl);
  }

  @Post(':slug/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: TenantResponse, description: 'Instance routes answer 403 until resumed; no data is removed' })
  async suspend(@Param('slug') slug: string): Promise<TenantResponse> {
    return TenantResponse.from(await this.tenants.setStatus(slug, 'suspended'), this.publicUrl);
  }

  @Post(':slug/resume')
  @HttpCode(200)
  @ApiOkResponse({ type: TenantResponse })
  async resume(@Param('slug') slug: string): Promise<TenantResponse> {
    return TenantResponse.from(await this.tenants.setStatus(slug, 'active'), this.publicUrl);
  }

  @Delete(':slug')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The instance and everything it owns are removed' })
  async remove(@Param('slug') slug: string): Promise<void> {
    await this.tenants.delete(slug);
  }
}
