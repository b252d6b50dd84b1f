import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { TaskService } from '@tessera/tickets';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { InstanceController } from '../instance/instance-controller.decorator';
import { CurrentStaff } from '../instance/instance-request';
import { CreateTaskRequest, TaskListQuery, TaskNoteRequest, TaskNoteResponse, TaskResponse, UpdateTaskRequest } from './dto/task.dto';

// Tasks of departments, standalone or inside tickets. A task one may not see answers 404 like an
// unknown one; an action one's role in the task's department does not allow answers 403.
@InstanceController('tasks', 'tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  @Get()
  @ApiOkResponse({ type: [TaskResponse], description: 'Open ones unless state=closed; by due date, undated last; at most 500' })
  async list(@CurrentStaff() me: StaffPrincipal, @Query() query: TaskListQuery): Promise<TaskResponse[]> {
    return (await this.tasks.list(me.staffId, query)).map(TaskResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: TaskResponse })
  async create(@CurrentStaff() me: StaffPrincipal, @Body() body: CreateTaskRequest): Promise<TaskResponse> {
    const { ticket, ...task } = body;
    return TaskResponse.of(await this.tasks.create(me.staffId, { ...task, ticketReference: ticket }));
  }

  @Get(':id')
  @ApiOkResponse({ type: TaskResponse })
  async get(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<TaskResponse> {
    return TaskResponse.of(await this.tasks.get(me.staffId, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TaskResponse, description: 'task.edit for title, description and due date; task.assign; task.transfer for the department' })
  async update(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @Body(ChangesPipe) body: UpdateTaskRequest): Promise<TaskResponse> {
    return TaskResponse.of(await this.tasks.update(me.staffId, id, body));
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskResponse, description: 'task.close' })
  async close(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<TaskResponse> {
    return TaskResponse.of(await this.tasks.close(me.staffId, id, true));
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskResponse, description: 'task.close' })
  async reopen(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<TaskResponse> {
    return TaskResponse.of(await this.tasks.close(me.staffId, id, false));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'task.delete; its notes go with it' })
  async remove(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<void> {
    await this.tasks.delete(me.staffId, id);
  }

  @Get(':id/notes')
  @ApiOkResponse({ type: [TaskNoteResponse], description: 'oldest first' })
  async notes(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string): Promise<TaskNoteResponse[]> {
    return (await this.tasks.notes(me.staffId, id)).map(TaskNoteResponse.of);
  }

  @Post(':id/notes')
  @ApiCreatedResponse({ type: TaskNoteResponse, description: 'task.reply' })
  async addNote(@CurrentStaff() me: StaffPrincipal, @IdParam() id: string, @Body() body: TaskNoteRequest): Promise<TaskNoteResponse> {
    return TaskNoteResponse.of(await this.tasks.addNote(me.staffId, id, body.body));
  }
}
