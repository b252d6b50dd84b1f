import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, ScheduleAdminService, ScheduleInput } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateScheduleRequest, ScheduleResponse, UpdateScheduleRequest, scheduleInput } from './dto/schedule.dto';

// Business hours for SLA plans: weekly opening hours in a time zone, and holidays.
@AdminController('schedules')
export class SchedulesController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly schedules: ScheduleAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [ScheduleResponse] })
  async list(): Promise<ScheduleResponse[]> {
    return (await this.directory.schedules()).map(ScheduleResponse.from);
  }

  @Get(':id')
  @ApiOkResponse({ type: ScheduleResponse })
  async get(@IdParam() id: string): Promise<ScheduleResponse> {
    return ScheduleResponse.from(await this.directory.schedule(id));
  }

  @Post()
  @ApiCreatedResponse({ type: ScheduleResponse, description: '400 directory.invalid naming timeZone, week or holidays when the schedule cannot be used' })
  async create(@Body() body: CreateScheduleRequest): Promise<ScheduleResponse> {
    return ScheduleResponse.from(await this.schedules.create(scheduleInput(body) as ScheduleInput));
  }

  @Patch(':id')
  @ApiOkResponse({ type: ScheduleResponse, description: 'a new week replaces the old one whole' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateScheduleRequest): Promise<ScheduleResponse> {
    return ScheduleResponse.from(await this.schedules.update(id, scheduleInput(body)));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while SLA plans use it' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.schedules.delete(id);
  }
}
