import { Body, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { TeamAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateTeamRequest, TeamMembersRequest, UpdateTeamRequest } from './dto/team.request';
import { TeamResponse } from './dto/team.response';

@AdminController('teams')
export class TeamsController {
  constructor(private readonly teams: TeamAdminService) {}

  @Get()
  @ApiOkResponse({ type: [TeamResponse] })
  async list(): Promise<TeamResponse[]> {
    return (await this.teams.list()).map(TeamResponse.of);
  }

  @Get(':id')
  @ApiOkResponse({ type: TeamResponse })
  async get(@IdParam() id: string): Promise<TeamResponse> {
    return TeamResponse.of(await this.teams.get(id));
  }

  @Post()
  @ApiCreatedResponse({ type: TeamResponse })
  async create(@Body() body: CreateTeamRequest): Promise<TeamResponse> {
    return TeamResponse.of(await this.teams.create(body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TeamResponse, description: 'A new lead becomes a member' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateTeamRequest): Promise<TeamResponse> {
    return TeamResponse.of(await this.teams.update(id, body));
  }

  @Put(':id/members')
  @ApiOkResponse({ type: TeamResponse, description: 'The members become exactly these agents, plus the lead' })
  async setMembers(@IdParam() id: string, @Body() body: TeamMembersRequest): Promise<TeamResponse> {
    return TeamResponse.of(await this.teams.setMembers(id, body.staffIds));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Tickets and help topics assigned to the team lose that assignment' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.teams.delete(id);
  }
}
