import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { RecurringTicketService } from '@tessera/tickets';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateRecurringTicketRequest, RecurringRunResponse, RecurringTicketResponse, UpdateRecurringTicketRequest } from './dto/recurring-ticket.dto';

// Tickets the worker opens on a schedule (a monthly check, a yearly renewal).
@AdminController('recurring-tickets')
export class RecurringTicketsController {
  constructor(private readonly recurring: RecurringTicketService) {}

  @Get()
  @ApiOkResponse({ type: [RecurringTicketResponse] })
  async list(): Promise<RecurringTicketResponse[]> {
    return (await this.recurring.list()).map(RecurringTicketResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: RecurringTicketResponse, description: '400 recurring.invalid naming rrule, startsAt, timezone or a reference; 409 recurring.name-taken' })
  async create(@Body() body: CreateRecurringTicketRequest): Promise<RecurringTicketResponse> {
    return RecurringTicketResponse.of(await this.recurring.create(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: RecurringTicketResponse })
  async get(@IdParam() id: string): Promise<RecurringTicketResponse> {
    return RecurringTicketResponse.of(await this.recurring.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: RecurringTicketResponse, description: 'The schedule starts again from now' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateRecurringTicketRequest): Promise<RecurringTicketResponse> {
    return RecurringTicketResponse.of(await this.recurring.update(id, body));
  }

  @Get(':id/runs')
  @ApiOkResponse({ type: [RecurringRunResponse], description: 'The latest 50 occurrences opened, newest first' })
  async runs(@IdParam() id: string): Promise<RecurringRunResponse[]> {
    return (await this.recurring.runs(id)).map(RecurringRunResponse.of);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The tickets it opened stay' })
  async delete(@IdParam() id: string): Promise<void> {
    await this.recurring.delete(id);
  }
}
