import { Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { BrandingService, DirectoryError, DirectoryErrorCode, DirectoryService } from '@tessera/directory';
import { LdapAdminService } from '@tessera/ldap';
import { Tenant } from '@tessera/tenancy';
import type { Response } from 'express';
import { CurrentTenant, PublicRoute } from '../instance/instance-request';
import { PortalInstanceResponse, PortalPagesQuery, PortalPagesResponse } from './dto/portal-instance.response';
import { PortalController } from './portal-controller.decorator';

// The instance as the browser shows it before anyone signs in (portal and agent panel alike).
@PortalController('', 'portal instance')
export class PortalInstanceController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly branding: BrandingService,
    private readonly ldap: LdapAdminService,
  ) {}

  @Get('instance')
  @PublicRoute()
  @ApiOkResponse({ type: PortalInstanceResponse, description: 'Public. Unknown instance: 404 tenant.not-found; suspended: 403 tenant.suspended' })
  async instance(@CurrentTenant() tenant: Tenant): Promise<PortalInstanceResponse> {
    const settings = await this.directory.settings();
    const logoChangedAt = await this.branding.logoChangedAt();
    return PortalInstanceResponse.of(tenant, settings, logoChangedAt, await this.ldap.signInFacts());
  }

  @Get('pages')
  @PublicRoute()
  @ApiOkResponse({ type: PortalPagesResponse, description: "Public. Each page in the language asked for, else the instance's, else English, else any; null: none" })
  pages(@CurrentTenant() tenant: Tenant, @Query() query: PortalPagesQuery): Promise<PortalPagesResponse> {
    return this.branding.portalPages(query.language ?? tenant.defaultLanguage, tenant.defaultLanguage);
  }

  @Get('logo')
  @PublicRoute()
  @ApiProduces('image/png', 'image/jpeg', 'image/gif', 'image/webp')
  @ApiOkResponse({ description: 'Public. The logo as uploaded; 404 directory.not-found when there is none' })
  async logo(@Res() response: Response): Promise<void> {
    const logo = await this.branding.logo();
    if (!logo) throw new DirectoryError(DirectoryErrorCode.NotFound, 'This instance has no logo');
    // Its address changes with the logo (?v=): a short cache is enough.
    response.setHeader('Content-Type', logo.contentType);
    response.setHeader('Content-Length', String(logo.content.length));
    response.setHeader('Cache-Control', 'public, max-age=300');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(logo.content);
  }
}
