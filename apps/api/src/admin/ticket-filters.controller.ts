import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { TicketFilterAdminService } from '@tessera/tickets';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { CurrentStaff } from '../instance/instance-request';
import { DelegatedAdminController } from './admin-controller.decorator';
import {
  CreateTicketFilterRequest,
  TicketFilterDryRunRequest,
  TicketFilterDryRunResponse,
  TicketFilterResponse,
  UpdateTicketFilterRequest,
} from './dto/ticket-filter.dto';

// Ticket filters: the instance's ordered rules on new tickets and each department's, and a dry
// run of them (managers).
@DelegatedAdminController('filters')
export class TicketFiltersController {
  constructor(private readonly filters: TicketFilterAdminService) {}

  @Get()
  @ApiOkResponse({ type: [TicketFilterResponse], description: 'In the order they run' })
  async list(@CurrentStaff() me: StaffPrincipal): Promise<TicketFilterResponse[]> {
    return (await this.filters.list(me.staffId)).map(TicketFilterResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: TicketFilterResponse, description: '400 filter.invalid naming the field (e.g. conditions.0.value for a pattern RE2 refuses, actions.1.value for an id not of this instance)' })
  async create(@CurrentStaff() me: StaffPrincipal, @Body() body: CreateTicketFilterRequest): Promise<TicketFilterResponse> {
    return TicketFilterResponse.of(await this.filters.create(me.staffId, body));
  }

  @Post('dry-run')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketFilterDryRunResponse, description: 'What the active filters would do to the sample message or the ticket; changes nothing' })
  async dryRun(@CurrentStaff() me: StaffPrincipal, @Body() body: TicketFilterDryRunRequest): Promise<TicketFilterDryRunResponse> {
    return TicketFilterDryRunResponse.of(await this.filters.dryRun(me.staffId, body));
  }

  @Get(':id')
  @ApiOkResponse({ type: TicketFilterResponse })
  async get(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<TicketFilterResponse> {
    return TicketFilterResponse.of(await this.filters.get(me.staffId, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TicketFilterResponse, description: 'A new position moves the others to make room' })
  async update(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @Body(ChangesPipe) body: UpdateTicketFilterRequest): Promise<TicketFilterResponse> {
    return TicketFilterResponse.of(await this.filters.update(me.staffId, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The filters after it move up' })
  async remove(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<void> {
    await this.filters.delete(me.staffId, id);
  }
}
