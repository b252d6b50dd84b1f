import { Body, Delete, Get, HttpCode, Param, Post, Put, applyDecorators } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { TEMPLATE_KEYS, TemplateAdminService, TemplateService } from '@tessera/notifications';
import { LANGUAGES } from '@tessera/tenancy';
import { CurrentStaff } from '../instance/instance-request';
import { AdminController } from './admin-controller.decorator';
import { TemplatePreviewRequest, TemplateRequest } from './dto/template.request';
import { TemplatePreviewResponse, TemplateResponse, TemplateSummaryResponse } from './dto/template.response';

// An unknown key or language answers 404 template.not-found.
const OneTemplate = () =>
  applyDecorators(
    ApiParam({ name: 'key', enum: TEMPLATE_KEYS, example: 'ticket.response' }),
    ApiParam({ name: 'language', enum: LANGUAGES, example: 'ca' }),
  );

// The mail templates of every key and language: the shipped text unless a manager changed it.
@AdminController('templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplateService,
    private readonly admin: TemplateAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [TemplateSummaryResponse], description: 'Every key, with its variables and which languages the instance changed' })
  async list(): Promise<TemplateSummaryResponse[]> {
    return (await this.templates.list()).map(TemplateSummaryResponse.of);
  }

  @Get(':key/:language')
  @OneTemplate()
  @ApiOkResponse({ type: TemplateResponse })
  async get(@Param('key') key: string, @Param('language') language: string): Promise<TemplateResponse> {
    return TemplateResponse.of(await this.templates.get(key, language));
  }

  @Put(':key/:language')
  @OneTemplate()
  @ApiOkResponse({
    type: TemplateResponse,
    description: 'Unknown variables, malformed placeholders and a ticket mail without [{{ticket.reference}}] in its subject answer 400 template.invalid',
  })
  async save(
    @Param('key') key: string,
    @Param('language') language: string,
    @Body() body: TemplateRequest,
    @CurrentStaff() principal: StaffPrincipal,
  ): Promise<TemplateResponse> {
    return TemplateResponse.of(await this.admin.save(key, language, body, principal.staffId));
  }

  @Delete(':key/:language')
  @HttpCode(204)
  @OneTemplate()
  @ApiNoContentResponse({ description: 'Back to the shipped text' })
  async revert(@Param('key') key: string, @Param('language') language: string): Promise<void> {
    await this.admin.revert(key, language);
  }

  @Post(':key/:language/preview')
  @HttpCode(200)
  @OneTemplate()
  @ApiOkResponse({ type: TemplatePreviewResponse, description: 'The template in force, or the draft sent, rendered with sample values; nothing is saved' })
  async preview(@Param('key') key: string, @Param('language') language: string, @Body() body: TemplatePreviewRequest): Promise<TemplatePreviewResponse> {
    return TemplatePreviewResponse.of(await this.admin.preview(key, language, body));
  }
}
