import { Body, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { BrandingService } from '@tessera/directory';
import { Tenant } from '@tessera/tenancy';
import { CurrentTenant } from '../instance/instance-request';
import { logoPath } from '../portal/dto/portal-instance.response';
import { AdminController } from './admin-controller.decorator';
import { LogoRequest, LogoResponse, PageRequest, PageResponse } from './dto/branding.dto';

// The portal's pages per language and the instance's logo; the name and colour are settings.
@AdminController('')
export class BrandingController {
  constructor(private readonly branding: BrandingService) {}

  @Get('pages')
  @ApiOkResponse({ type: [PageResponse] })
  async pages(): Promise<PageResponse[]> {
    return (await this.branding.pages()).map(PageResponse.of);
  }

  @Get('pages/:kind/:language')
  @ApiOkResponse({ type: PageResponse, description: '404 directory.not-found: none yet' })
  async page(@Param('kind') kind: string, @Param('language') language: string): Promise<PageResponse> {
    return PageResponse.of(await this.branding.page(kind, language));
  }

  @Put('pages/:kind/:language')
  @ApiOkResponse({ type: PageResponse, description: 'kind: landing, thank-you or offline; the body as kept (sanitised)' })
  async putPage(@Param('kind') kind: string, @Param('language') language: string, @Body() body: PageRequest): Promise<PageResponse> {
    return PageResponse.of(await this.branding.putPage(kind, language, body));
  }

  @Delete('pages/:kind/:language')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The portal shows the page of another language, or its own text' })
  async deletePage(@Param('kind') kind: string, @Param('language') language: string): Promise<void> {
    await this.branding.deletePage(kind, language);
  }

  @Put('logo')
  @ApiOkResponse({ type: LogoResponse, description: '400 directory.invalid: not an image of the type given, or too large' })
  async putLogo(@CurrentTenant() tenant: Tenant, @Body() body: LogoRequest): Promise<LogoResponse> {
    const logo = await this.branding.putLogo(body.contentType, Buffer.from(body.data, 'base64'));
    return { logoUrl: logoPath(tenant.slug, logo.updatedAt) };
  }

  @Delete('logo')
  @HttpCode(204)
  @ApiNoContentResponse()
  async deleteLogo(): Promise<void> {
    await this.branding.deleteLogo();
  }
}
