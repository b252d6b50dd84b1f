import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { AgentAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { CurrentStaff } from '../instance/instance-request';
import { AdminController } from './admin-controller.decorator';
import { CreateAgentRequest, UpdateAgentRequest } from './dto/agent.request';
import { AgentResponse } from './dto/agent.response';

@AdminController('agents')
export class AgentsController {
  constructor(private readonly agents: AgentAdminService) {}

  @Get()
  @ApiOkResponse({ type: [AgentResponse] })
  async list(): Promise<AgentResponse[]> {
    return (await this.agents.list()).map(AgentResponse.of);
  }

  @Get(':id')
  @ApiOkResponse({ type: AgentResponse })
  async get(@IdParam() id: string): Promise<AgentResponse> {
    return AgentResponse.of(await this.agents.get(id));
  }

  @Post()
  @ApiCreatedResponse({ type: AgentResponse, description: 'A taken e-mail answers 409 auth.email-taken; a short password 400 auth.weak-password' })
  async create(@Body() body: CreateAgentRequest): Promise<AgentResponse> {
    return AgentResponse.of(await this.agents.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({
    type: AgentResponse,
    description:
      'Locking, deactivating or a new password ends the agent\'s sessions. Managers cannot demote, lock or deactivate ' +
      'themselves (409 agent.own-account), nor the last active manager (409 agent.last-manager)',
  })
  async update(
    @IdParam() id: string,
    @Body(ChangesPipe) body: UpdateAgentRequest,
    @CurrentStaff() principal: StaffPrincipal,
  ): Promise<AgentResponse> {
    return AgentResponse.of(await this.agents.update(id, body, principal.staffId));
  }

  @Delete(':id/two-factor')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "Removes the agent's second factor and recovery codes (a lost phone); the password alone signs in again, or the set-up follows it where the instance requires one" })
  async removeTwoFactor(@IdParam() id: string): Promise<void> {
    await this.agents.removeTwoFactor(id);
  }
}
