import { Body, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { CannedResponseService, NewAttachment } from '@tessera/tickets';
import type { Response } from 'express';
import { sendFile } from '../http/send-file';
import { UPLOAD_MAX_FILES, UploadedAttachments } from '../http/uploads';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { InstanceController } from '../instance/instance-controller.decorator';
import { CurrentStaff } from '../instance/instance-request';
import {
  CannedResponseListQuery,
  CannedResponseResponse,
  CreateCannedResponseRequest,
  FilledCannedResponseResponse,
  UpdateCannedResponseRequest,
} from './dto/canned-response.dto';

// Canned responses: agents read the instance-wide ones and their departments'; managers keep
// the instance-wide ones, and a department's members with canned.manage keep the department's.
// One an agent may not see answers 404; one they may not change answers 403.
@InstanceController('canned-responses', 'canned responses')
export class CannedResponsesController {
  constructor(private readonly canned: CannedResponseService) {}

  @Get()
  @ApiOkResponse({ type: [CannedResponseResponse], description: 'By title; active ones unless all=true' })
  async list(@CurrentStaff() me: StaffPrincipal, @Query() query: CannedResponseListQuery): Promise<CannedResponseResponse[]> {
    return (await this.canned.list(me.staffId, { departmentId: query.departmentId, includeInactive: query.all })).map(CannedResponseResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: CannedResponseResponse })
  async create(@CurrentStaff() me: StaffPrincipal, @Body() body: CreateCannedResponseRequest): Promise<CannedResponseResponse> {
    return CannedResponseResponse.of(await this.canned.create(me.staffId, body));
  }

  @Get(':id')
  @ApiOkResponse({ type: CannedResponseResponse })
  async get(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<CannedResponseResponse> {
    return CannedResponseResponse.of(await this.canned.get(me.staffId, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: CannedResponseResponse })
  async update(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @Body(ChangesPipe) body: UpdateCannedResponseRequest): Promise<CannedResponseResponse> {
    return CannedResponseResponse.of(await this.canned.update(me.staffId, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<void> {
    await this.canned.delete(me.staffId, id);
  }

  @Post(':id/files')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    required: true,
    schema: { type: 'object', required: ['files'], properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } },
    description: `up to ${UPLOAD_MAX_FILES} files in \`files\`, within the instance's attachment limits`,
  })
  @ApiCreatedResponse({ type: CannedResponseResponse, description: 'the response with all its files' })
  async addFiles(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @UploadedAttachments() files: NewAttachment[]): Promise<CannedResponseResponse> {
    return CannedResponseResponse.of(await this.canned.addFiles(me.staffId, id, files));
  }

  @Get(':id/files/:fileId')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the file, as a download' })
  async file(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @IdParam('fileId') fileId: string, @Res() response: Response): Promise<void> {
    const { file, content } = await this.canned.fileContent(me.staffId, id, fileId);
    sendFile(response, file, content);
  }

  @Delete(':id/files/:fileId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeFile(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @IdParam('fileId') fileId: string): Promise<void> {
    await this.canned.removeFile(me.staffId, id, fileId);
  }
}

// A canned response as it goes into one ticket, for the agent's composer.
@InstanceController('tickets', 'canned responses')
export class TicketCannedResponsesController {
  constructor(private readonly canned: CannedResponseService) {}

  @Get(':reference/canned-responses/:id')
  @ApiOkResponse({ type: FilledCannedResponseResponse, description: "Its variables filled with the ticket's and your values" })
  async fill(@CurrentStaff() me: StaffPrincipal, @Param('reference') reference: string, @IdParam() id: string): Promise<FilledCannedResponseResponse> {
    return FilledCannedResponseResponse.of(await this.canned.fill(me.staffId, id, reference));
  }
}
