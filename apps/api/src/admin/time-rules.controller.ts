import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { TimeRuleAdminService } from '@tessera/tickets';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateTimeRuleRequest, TimeRuleResponse, UpdateTimeRuleRequest } from './dto/time-rule.dto';

// What the worker does to tickets that have been in a condition for a while (pending a week,
// unassigned two hours).
@AdminController('time-rules')
export class TimeRulesController {
  constructor(private readonly rules: TimeRuleAdminService) {}

  @Get()
  @ApiOkResponse({ type: [TimeRuleResponse] })
  async list(): Promise<TimeRuleResponse[]> {
    return (await this.rules.list()).map(TimeRuleResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: TimeRuleResponse, description: '400 time-rule.invalid naming the field; 409 time-rule.name-taken' })
  async create(@Body() body: CreateTimeRuleRequest): Promise<TimeRuleResponse> {
    return TimeRuleResponse.of(await this.rules.create(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: TimeRuleResponse })
  async get(@IdParam() id: string): Promise<TimeRuleResponse> {
    return TimeRuleResponse.of(await this.rules.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TimeRuleResponse, description: 'The rule takes the tickets in its condition now, but for the episodes it acted in' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateTimeRuleRequest): Promise<TimeRuleResponse> {
    return TimeRuleResponse.of(await this.rules.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'What it did to tickets stays' })
  async delete(@IdParam() id: string): Promise<void> {
    await this.rules.delete(id);
  }
}
