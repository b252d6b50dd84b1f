import { Body, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService, EscalationAdminService, SlaPlanAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { SlaPlanResponse, withoutTenant } from '../instance/dto/directory.response';
import { AdminController } from './admin-controller.decorator';
import { EscalationLineRequest, EscalationLineResponse, EscalationStepResponse } from './dto/escalation.dto';
import { CreateSlaPlanRequest, UpdateSlaPlanRequest } from './dto/sla-plan.request';

// SLA plans are read by every agent at /sla-plans; managers read and change them here.
@AdminController('sla-plans')
export class SlaPlansController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly plans: SlaPlanAdminService,
    private readonly escalation: EscalationAdminService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [SlaPlanResponse] })
  async list(): Promise<SlaPlanResponse[]> {
    return (await this.directory.slaPlans()).map(withoutTenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: SlaPlanResponse })
  async get(@IdParam() id: string): Promise<SlaPlanResponse> {
    return withoutTenant(await this.directory.slaPlan(id));
  }

  @Post()
  @ApiCreatedResponse({ type: SlaPlanResponse, description: 'A new default takes the flag from the old one' })
  async create(@Body() body: CreateSlaPlanRequest): Promise<SlaPlanResponse> {
    return withoutTenant(await this.plans.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: SlaPlanResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateSlaPlanRequest): Promise<SlaPlanResponse> {
    return withoutTenant(await this.plans.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while tickets or help topics use it' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.plans.delete(id);
  }

  @Get(':id/escalation')
  @ApiOkResponse({ type: EscalationLineResponse })
  async line(@IdParam() id: string): Promise<EscalationLineResponse> {
    return { steps: (await this.escalation.line(id)).map(EscalationStepResponse.from) };
  }

  @Put(':id/escalation')
  @ApiOkResponse({ type: EscalationLineResponse, description: 'the whole line, replaced; 400 directory.invalid names the step and field' })
  async replaceLine(@IdParam() id: string, @Body() body: EscalationLineRequest): Promise<EscalationLineResponse> {
    return { steps: (await this.escalation.replace(id, body.steps)).map(EscalationStepResponse.from) };
  }
}
