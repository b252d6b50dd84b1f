import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { JsonObject } from '@tessera/database';
import { AgentViewService, ViewChanges } from '@tessera/views';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { InstanceController } from '../instance/instance-controller.decorator';
import { CurrentStaff } from '../instance/instance-request';
import { CreateViewRequest, UpdateViewRequest } from './dto/view.request';
import { ViewResponse } from './dto/view.response';

// The signed-in agent's saved views; nobody else's are reachable (404), a manager's included.
@InstanceController('views', 'views')
export class ViewsController {
  constructor(private readonly views: AgentViewService) {}

  @Get()
  @ApiOkResponse({ type: [ViewResponse], description: 'My views in display order; none at first' })
  async list(@CurrentStaff() principal: StaffPrincipal): Promise<ViewResponse[]> {
    return (await this.views.list(principal.staffId)).map(ViewResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: ViewResponse, description: '409 view.name-taken when I already have a view of this name' })
  async create(@CurrentStaff() principal: StaffPrincipal, @Body() body: CreateViewRequest): Promise<ViewResponse> {
    return ViewResponse.of(await this.views.create(principal.staffId, { ...body, filters: plain(body.filters) }));
  }

  @Patch(':id')
  @ApiOkResponse({ type: ViewResponse, description: 'filters, when given, replace the saved ones whole' })
  async update(@CurrentStaff() principal: StaffPrincipal, @IdParam() id: string, @Body(ChangesPipe) body: UpdateViewRequest): Promise<ViewResponse> {
    const changes: ViewChanges = { ...body, filters: body.filters && plain(body.filters) };
    return ViewResponse.of(await this.views.update(principal.staffId, id, changes));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentStaff() principal: StaffPrincipal, @IdParam() id: string): Promise<void> {
    await this.views.delete(principal.staffId, id);
  }
}

// The validated filters as JSON, dates as ISO strings, as GET tickets takes them back.
function plain(filters: object): JsonObject {
  return JSON.parse(JSON.stringify(filters));
}
