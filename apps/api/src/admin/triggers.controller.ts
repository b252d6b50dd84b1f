import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { TriggerAdminService } from '@tessera/tickets';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateTriggerRequest, TriggerResponse, UpdateTriggerRequest } from './dto/trigger.dto';

// Triggers: the instance's ordered rules on events of existing tickets.
@AdminController('triggers')
export class TriggersController {
  constructor(private readonly triggers: TriggerAdminService) {}

  @Get()
  @ApiOkResponse({ type: [TriggerResponse], description: 'In the order they run' })
  async list(): Promise<TriggerResponse[]> {
    return (await this.triggers.list()).map(TriggerResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: TriggerResponse, description: '400 trigger.invalid naming the field (e.g. conditions.0.field for a change of a field no event changes, actions.1.value for an id not of this instance)' })
  async create(@Body() body: CreateTriggerRequest): Promise<TriggerResponse> {
    return TriggerResponse.of(await this.triggers.create(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: TriggerResponse })
  async get(@IdParam() id: string): Promise<TriggerResponse> {
    return TriggerResponse.of(await this.triggers.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TriggerResponse, description: 'A new position moves the others to make room' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateTriggerRequest): Promise<TriggerResponse> {
    return TriggerResponse.of(await this.triggers.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The triggers after it move up' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.triggers.delete(id);
  }
}
