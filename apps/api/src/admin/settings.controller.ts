import { Body, Get, Param, ParseIntPipe, Patch, Put } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, EscalationAdminService, SettingsAdminService } from '@tessera/directory';
import { ReferenceService, parseReferenceFormat } from '@tessera/tickets';
import { ChangesPipe } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { EscalationLineRequest, EscalationLineResponse, EscalationStepResponse } from './dto/escalation.dto';
import { PriorityMatrixRequest, PriorityMatrixResponse } from './dto/priority.request';
import { ReferenceCounterRequest, UpdateSettingsRequest } from './dto/settings.request';
import { ReferenceCounterResponse, SettingsResponse } from './dto/settings.response';

// The instance-wide settings and the impact x urgency priority matrix, with its bands' escalation lines.
@AdminController('')
export class SettingsController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly settings: SettingsAdminService,
    private readonly references: ReferenceService,
    private readonly escalation: EscalationAdminService,
  ) {}

  @Get('reference-counters')
  @ApiOkResponse({ type: [ReferenceCounterResponse], description: "The counters of the instance's reference format and of help topics' own formats (random formats have none)" })
  async referenceCounters(): Promise<ReferenceCounterResponse[]> {
    const settings = await this.directory.settings();
    const formats = [settings.referenceFormat, ...(await this.directory.helpTopics()).map((topic) => topic.referenceFormat)];
    const counters = [...new Set(formats.filter((format): format is string => !!format && parseReferenceFormat(format).kind === 'sequence'))];
    return Promise.all(counters.map(async (format) => ({ format, nextNumber: await this.references.nextNumber(format) })));
  }

  @Put('reference-counters')
  @ApiOkResponse({ type: ReferenceCounterResponse, description: 'Lower than the counter is at, or a random format: 400 ticket.invalid' })
  async continueReferences(@Body() body: ReferenceCounterRequest): Promise<ReferenceCounterResponse> {
    const format = body.format ?? (await this.directory.settings()).referenceFormat;
    return { format, nextNumber: await this.references.continueAt(format, body.nextNumber) };
  }

  @Get('settings')
  @ApiOkResponse({ type: SettingsResponse })
  async get(): Promise<SettingsResponse> {
    return SettingsResponse.of(await this.settings.get());
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

  @Get('priority-matrix/bands/:minProduct/escalation')
  @ApiOkResponse({ type: EscalationLineResponse, description: "The escalation line of the band starting at minProduct; empty: the ticket's plan's line applies" })
  async bandLine(@Param('minProduct', ParseIntPipe) minProduct: number): Promise<EscalationLineResponse> {
    return { steps: (await this.escalation.bandLine(minProduct)).map(EscalationStepResponse.from) };
  }

  @Put('priority-matrix/bands/:minProduct/escalation')
  @ApiOkResponse({ type: EscalationLineResponse, description: 'the whole line, replaced; no band starting there: 404 directory.not-found' })
  async replaceBandLine(@Param('minProduct', ParseIntPipe) minProduct: number, @Body() body: EscalationLineRequest): Promise<EscalationLineResponse> {
    return { steps: (await this.escalation.replaceBand(minProduct, body.steps)).map(EscalationStepResponse.from) };
  }
}
