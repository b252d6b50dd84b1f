import { Body, Get, Patch, Put } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, SettingsAdminService } from '@tessera/directory';
import { ChangesPipe } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { PriorityMatrixRequest, PriorityMatrixResponse } from './dto/priority.request';
import { UpdateSettingsRequest } from './dto/settings.request';
import { SettingsResponse } from './dto/settings.response';

// The instance-wide settings and the impact x urgency priority matrix.
@AdminController('')
export class SettingsController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly settings: SettingsAdminService,
  ) {}

  @Get('settings')
  @ApiOkResponse({ type: SettingsResponse })
  async get(): Promise<SettingsResponse> {
    return SettingsResponse.of(await this.directory.settings());
  }

  @Patch('settings')
  @ApiOkResponse({ type: SettingsResponse })
  async update(@Body(ChangesPipe) body: UpdateSettingsRequest): Promise<SettingsResponse> {
    return SettingsResponse.of(await this.settings.update(body));
  }

  @Get('priority-matrix')
  @ApiOkResponse({ type: PriorityMatrixResponse, description: "The bands in force: the instance's own, or the shipped default" })
  async priorityMatrix(): Promise<PriorityMatrixResponse> {
    return { bands: await this.directory.priorityMatrix() };
  }

  @Put('priority-matrix')
  @ApiOkResponse({ type: PriorityMatrixResponse, description: 'Gaps, overlaps and unknown priorities answer 400 directory.invalid' })
  async setPriorityMatrix(@Body() body: PriorityMatrixRequest): Promise<PriorityMatrixResponse> {
    return { bands: await this.settings.setPriorityMatrix(body.bands) };
  }
}
