import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { TicketFilterAdminService } from '@tessera/tickets';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import {
  CreateTicketFilterRequest,
  TicketFilterDryRunRequest,
  TicketFilterDryRunResponse,
  TicketFilterResponse,
  UpdateTicketFilterRequest,
} from './dto/ticket-filter.dto';

// Ticket filters: the instance's ordered rules on new tickets, and a dry run of them.
@AdminController('filters')
export class TicketFiltersController {
  constructor(private readonly filters: TicketFilterAdminService) {}

  @Get()
  @ApiOkResponse({ type: [TicketFilterResponse], description: 'In the order they run' })
  async list(): Promise<TicketFilterResponse[]> {
    return (await this.filters.list()).map(TicketFilterResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: TicketFilterResponse, description: '400 filter.invalid naming the field (e.g. conditions.0.value for a pattern RE2 refuses, actions.1.value for an id not of this instance)' })
  async create(@Body() body: CreateTicketFilterRequest): Promise<TicketFilterResponse> {
    return TicketFilterResponse.of(await this.filters.create(body));
  }

  @Post('dry-run')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketFilterDryRunResponse, description: 'What the active filters would do to the sample message or the ticket; changes nothing' })
  async dryRun(@Body() body: TicketFilterDryRunRequest): Promise<TicketFilterDryRunResponse> {
    return TicketFilterDryRunResponse.of(await this.filters.dryRun(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: TicketFilterResponse })
  async get(@IdParam() id: string): Promise<TicketFilterResponse> {
    return TicketFilterResponse.of(await this.filters.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TicketFilterResponse, description: 'A new position moves the others to make room' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateTicketFilterRequest): Promise<TicketFilterResponse> {
    return TicketFilterResponse.of(await this.filters.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The filters after it move up' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.filters.delete(id);
  }
}
