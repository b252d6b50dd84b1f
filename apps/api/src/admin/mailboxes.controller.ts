import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { MailboxAdminService } from '@tessera/mailboxes';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateMailboxRequest, UpdateMailboxRequest } from './dto/mailbox.request';
import { InboundTokenResponse, MailboxResponse } from './dto/mailbox.response';

@AdminController('mailboxes')
export class MailboxesController {
  constructor(private readonly mailboxes: MailboxAdminService) {}

  @Get()
  @ApiOkResponse({ type: [MailboxResponse], description: 'By name, with each one’s last fetch and error' })
  async list(): Promise<MailboxResponse[]> {
    return (await this.mailboxes.list()).map(MailboxResponse.of);
  }

  @Get(':id')
  @ApiOkResponse({ type: MailboxResponse })
  async get(@IdParam() id: string): Promise<MailboxResponse> {
    return MailboxResponse.of(await this.mailboxes.get(id));
  }

  @Post()
  @ApiCreatedResponse({ type: MailboxResponse })
  async create(@Body() body: CreateMailboxRequest): Promise<MailboxResponse> {
    return MailboxResponse.of(await this.mailboxes.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: MailboxResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateMailboxRequest): Promise<MailboxResponse> {
    return MailboxResponse.of(await this.mailboxes.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Tickets keep the mail they received' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.mailboxes.delete(id);
  }

  @Post(':id/inbound-token')
  @ApiCreatedResponse({ type: InboundTokenResponse, description: 'A new token for the MTA pipe; the previous one stops working' })
  async inboundToken(@IdParam() id: string): Promise<InboundTokenResponse> {
    return { token: await this.mailboxes.issueInboundToken(id) };
  }
}
