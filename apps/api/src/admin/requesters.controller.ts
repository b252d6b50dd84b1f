import { Body, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { RequesterAdminService, RequesterAuthService } from '@tessera/requesters';
import { InvitationResponse } from '../portal/dto/portal-auth.response';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateRequesterRequest, RequesterPageQuery, UpdateRequesterRequest } from './dto/requester.request';
import { RequesterPageResponse, RequesterResponse } from './dto/requester.response';

@AdminController('requesters')
export class RequestersController {
  constructor(
    private readonly requesters: RequesterAdminService,
    private readonly auth: RequesterAuthService,
  ) {}

  // The link goes by mail to the requester, never to the manager.
  @Post(':id/invitation')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: InvitationResponse, description: 'The requester gets a link to set a password, valid for 7 days' })
  async invite(@IdParam() id: string): Promise<InvitationResponse> {
    const invitation = await this.auth.invite(id);
    return { requesterId: invitation.requester.id, email: invitation.email, expiresAt: invitation.expiresAt };
  }

  @Get()
  @ApiOkResponse({ type: RequesterPageResponse, description: 'In creation order, a page at a time' })
  async list(@Query() query: RequesterPageQuery): Promise<RequesterPageResponse> {
    return RequesterPageResponse.of(await this.requesters.list({ ...query, limit: query.limit ?? 50 }));
  }

  @Get(':id')
  @ApiOkResponse({ type: RequesterResponse })
  async get(@IdParam() id: string): Promise<RequesterResponse> {
    return RequesterResponse.of(await this.requesters.get(id));
  }

  @Post()
  @ApiCreatedResponse({ type: RequesterResponse, description: 'An address of another requester answers 409 requester.email-taken' })
  async create(@Body() body: CreateRequesterRequest): Promise<RequesterResponse> {
    return RequesterResponse.of(await this.requesters.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: RequesterResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateRequesterRequest): Promise<RequesterResponse> {
    return RequesterResponse.of(await this.requesters.update(id, body));
  }
}
