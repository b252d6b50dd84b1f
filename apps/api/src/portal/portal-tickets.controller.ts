import { Body, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { IdParam } from '../http/request-fields';
import { sendFile } from '../http/send-file';
import { AcceptsUploads, UploadedAttachments } from '../http/uploads';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { RequesterPrincipal } from '@tessera/requesters';
import { NewAttachment, PortalTicketService } from '@tessera/tickets';
import { FormFieldResponse } from '../instance/dto/form-field.response';
import { PublicRoute } from '../instance/instance-request';
import { NewPortalTicketRequest, PortalReplyRequest, PortalTicketListQuery, RatingRequest } from './dto/portal-ticket.request';
import {
  NewPortalTicketResponse,
  PortalReplyResponse,
  PortalTicketPageResponse,
  PortalTicketResponse,
  PortalTopicResponse,
} from './dto/portal-ticket.response';
import { PortalController } from './portal-controller.decorator';
import { CurrentRequester, OptionalRequester, SignInOptional } from './portal-request';

// The requester's tickets. A guest session reaches its one ticket; other tickets answer 404.
@PortalController('', 'portal tickets')
export class PortalTicketsController {
  constructor(private readonly portal: PortalTicketService) {}

  @Get('help-topics')
  @PublicRoute()
  @ApiOkResponse({ type: [PortalTopicResponse], description: 'Public, active topics as a tree; a hidden topic hides its subtree' })
  helpTopics(): Promise<PortalTopicResponse[]> {
    return this.portal.helpTopics();
  }

  @Get('help-topics/:id/fields')
  @PublicRoute()
  @ApiOkResponse({ type: [FormFieldResponse], description: 'The fields a new ticket of the topic shows: its forms’ and its ancestors’, without those for agents only' })
  async topicFields(@IdParam() id: string): Promise<FormFieldResponse[]> {
    return (await this.portal.topicFields(id)).map(FormFieldResponse.of);
  }

  @Post('tickets')
  @SignInOptional()
  @ApiCreatedResponse({ type: NewPortalTicketResponse, description: 'Signed in, or without a session giving name and email' })
  create(@OptionalRequester() principal: RequesterPrincipal | null, @Body() body: NewPortalTicketRequest): Promise<NewPortalTicketResponse> {
    const { name, email, ...ticket } = body;
    return this.portal.create(principal, { ...ticket, guest: name || email ? { name, email } : undefined });
  }

  @Get('tickets')
  @ApiOkResponse({ type: PortalTicketPageResponse, description: 'Newest activity first' })
  list(@CurrentRequester() principal: RequesterPrincipal, @Query() query: PortalTicketListQuery): Promise<PortalTicketPageResponse> {
    return this.portal.list(principal, { state: query.state, cursor: query.cursor, limit: query.limit ?? 50 });
  }

  @Get('tickets/:reference')
  @ApiOkResponse({ type: PortalTicketResponse })
  detail(@CurrentRequester() principal: RequesterPrincipal, @Param('reference') reference: string): Promise<PortalTicketResponse> {
    return this.portal.detail(principal, reference);
  }

  @Get('tickets/:reference/attachments/:id')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'a file of a message or response, as a download' })
  async attachment(
    @CurrentRequester() principal: RequesterPrincipal,
    @Param('reference') reference: string,
    @IdParam() id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { attachment, content } = await this.portal.attachment(principal, reference, id);
    sendFile(response, attachment, content);
  }

  @Post('tickets/:reference/replies')
  @ApiCreatedResponse({ type: PortalReplyResponse, description: 'A reply reopens a resolved ticket; on a closed one the instance reopens it or opens a linked follow-up' })
  @AcceptsUploads(PortalReplyRequest)
  reply(
    @CurrentRequester() principal: RequesterPrincipal,
    @Param('reference') reference: string,
    @Body() body: PortalReplyRequest,
    @UploadedAttachments() files: NewAttachment[],
  ): Promise<PortalReplyResponse> {
    return this.portal.reply(principal, reference, body.message, files);
  }

  @Post('tickets/:reference/close')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalTicketResponse, description: 'The requester only; refused while tasks of the ticket are open' })
  close(@CurrentRequester() principal: RequesterPrincipal, @Param('reference') reference: string): Promise<PortalTicketResponse> {
    return this.portal.close(principal, reference);
  }

  @Post('tickets/:reference/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalTicketResponse, description: 'The requester only, from resolved (or closed, where replies reopen closed tickets)' })
  reopen(@CurrentRequester() principal: RequesterPrincipal, @Param('reference') reference: string): Promise<PortalTicketResponse> {
    return this.portal.reopen(principal, reference);
  }

  @Post('tickets/:reference/rating')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalTicketResponse, description: 'The requester only, once, after resolution' })
  rate(
    @CurrentRequester() principal: RequesterPrincipal,
    @Param('reference') reference: string,
    @Body() body: RatingRequest,
  ): Promise<PortalTicketResponse> {
    return this.portal.rate(principal, reference, body.rating, body.comment ?? null);
  }
}
