import { Body, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { CannedResponseService } from '@tessera/tickets';
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
