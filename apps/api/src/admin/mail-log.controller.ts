import { Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { MailLogService } from '@tessera/intake';
import type { Response } from 'express';
import { IdParam } from '../http/request-fields';
import { sendFile } from '../http/send-file';
import { CurrentStaff } from '../instance/instance-request';
import { AdminController } from './admin-controller.decorator';
import { MailLogPageResponse, MailLogQueryRequest, MailLogResponse } from './dto/mail-log.dto';

// The mail the instance received, and above all what waits flagged for a person.
@AdminController('mail')
export class MailLogController {
  constructor(private readonly log: MailLogService) {}

  @Get()
  @ApiOkResponse({ type: MailLogPageResponse, description: 'Newest first' })
  async list(@Query() query: MailLogQueryRequest): Promise<MailLogPageResponse> {
    return MailLogPageResponse.of(await this.log.list({ ...query, limit: query.limit ?? 50 }));
  }

  @Get(':id')
  @ApiOkResponse({ type: MailLogResponse })
  async get(@IdParam() id: string): Promise<MailLogResponse> {
    return MailLogResponse.of(await this.log.get(id));
  }

  @Get(':id/raw')
  @ApiProduces('message/rfc822')
  @ApiOkResponse({ description: 'the message as received, as a download (.eml)' })
  async raw(@IdParam() id: string, @Res() response: Response): Promise<void> {
    sendFile(response, { filename: `${id}.eml`, contentType: 'message/rfc822' }, await this.log.raw(id));
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOkResponse({ type: MailLogResponse, description: 'A flagged message was dealt with; 409 for mail that was not flagged' })
  async review(@IdParam() id: string, @CurrentStaff() staff: StaffPrincipal): Promise<MailLogResponse> {
    return MailLogResponse.of(await this.log.markReviewed(id, staff.staffId));
  }
}
