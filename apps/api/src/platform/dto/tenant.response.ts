import { ConfigurationPlanResponse } from '../../admin/dto/configuration.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProvisionedInstance } from '@tessera/platform';
import { Tenant } from '@tessera/tenancy';

export class TenantLinks {
  @ApiProperty({ example: 'http://127.0.0.1:3000/api/v1/t/etsetb' }) api!: string;
}

export class TenantResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'etsetb' }) slug!: string;
  @ApiProperty({ example: 'ETSETB student office' }) name!: string;
  @ApiProperty({ enum: ['active', 'suspended'] }) status!: string;
  @ApiProperty({ example: 'ca' }) defaultLanguage!: string;
  @ApiProperty({ example: 'Europe/Madrid' }) timezone!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) suspendedAt!: Date | null;
  @ApiProperty({ type: TenantLinks }) links!: TenantLinks;

  static from(tenant: Tenant, publicUrl: string): TenantResponse {
    return {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      status: tenant.status,
      defaultLanguage: tenant.defaultLanguage,
      timezone: tenant.timezone,
      createdAt: tenant.createdAt,
      updatedAt: tenant.updatedAt,
      suspendedAt: tenant.suspendedAt,
      links: { api: `${publicUrl}/api/v1/t/${tenant.slug}` },
    };
  }
}

export class ManagerSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'anna.puig@example.org' }) email!: string;
  @ApiProperty({ example: 'Anna Puig' }) name!: string;
}

export class ProvisionedTenantResponse extends TenantResponse {
  @ApiProperty({ type: ManagerSummary }) manager!: ManagerSummary;
  @ApiPropertyOptional({ type: ConfigurationPlanResponse, nullable: true, description: 'what the configuration file given created and updated; null without one' })
  configuration!: ConfigurationPlanResponse | null;

  static fromProvisioned(result: ProvisionedInstance, publicUrl: string): ProvisionedTenantResponse {
    return { ...TenantResponse.from(result.tenant, publicUrl), manager: result.manager, configuration: result.configuration };
  }
}

export class TenantPageResponse {
  @ApiProperty({ type: [TenantResponse] }) items!: TenantResponse[];
  @ApiPropertyOptional({ nullable: true, type: String, example: 'MDE5MzhmNmUtNTMwMS03YjJlLThjNTUtNmExZDNlOWYwYTIy', description: 'pass as ?cursor= for the next page' })
  nextCursor!: string | null;
}
