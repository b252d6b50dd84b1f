import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { TASK_ACTIONS, TASK_QUEUES, TaskAction, TaskNote, TaskQueue, TaskView } from '@tessera/tickets';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateTaskRequest {
  @ApiProperty({ example: 'Replace the toner of printer B3' })
  @IsString()
  @Length(1, 255)
  @SingleLine()
  title!: string;

  @ApiPropertyOptional({ example: 'The spare toner is in the store room.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiProperty({ format: 'uuid', description: 'the department the task belongs to; task.create there' })
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({ example: 'suport#310', description: 'the ticket the task belongs to (one you see); standalone without' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 100)
  ticket?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  assigneeStaffId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  assigneeTeamId?: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true, example: '2026-12-04T12:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date | null;
}

export class UpdateTaskRequest extends PartialType(OmitType(CreateTaskRequest, ['ticket'] as const), { skipNullProperties: false }) {}

export class TaskListQuery {
  @ApiPropertyOptional({ enum: TASK_QUEUES, description: 'mine, my teams, my departments, or overdue; all I see without' })
  @OptionalNotNull()
  @IsIn(TASK_QUEUES)
  queue?: TaskQueue;

  @ApiPropertyOptional({ enum: ['open', 'closed'], default: 'open' })
  @OptionalNotNull()
  @IsIn(['open', 'closed'])
  state?: 'open' | 'closed';

  @ApiPropertyOptional({ example: 'suport#310', description: "one ticket's tasks" })
  @OptionalNotNull()
  @IsString()
  @Length(1, 100)
  ticket?: string;
}

export class TaskNoteRequest {
  @ApiProperty({ example: 'Ordered a new toner.' })
  @IsString()
  @Length(1, 20000)
  body!: string;
}

export class TaskTicketResponse {
  @ApiProperty({ example: 'suport#310' }) reference!: string;
}

export class TaskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Replace the toner of printer B3' }) title!: string;
  @ApiProperty({ example: '' }) description!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiPropertyOptional({ type: TaskTicketResponse, nullable: true, description: 'the ticket, for those who may see it' }) ticket!: TaskTicketResponse | null;
  @ApiProperty({ description: 'the task belongs to a ticket (which the caller may not see)' }) inTicket!: boolean;
  @ApiPropertyOptional({
    example: 'suport#310',
    nullable: true,
    type: String,
    description: "the ticket's reference, also for an agent of the task's department who may not open that ticket",
  })
  ticketReference!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assigneeStaffId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assigneeTeamId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) dueAt!: Date | null;
  @ApiProperty() overdue!: boolean;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'null while open' }) closedAt!: Date | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) createdByStaffId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ enum: TASK_ACTIONS, isArray: true, description: 'what the caller may do on it' }) actions!: TaskAction[];

  static of(view: TaskView): TaskResponse {
    const { tenantId: _tenant, ticketId: _ticket, overdueAlertedAt: _alerted, ...rest } = view;
    return rest;
  }
}

export class TaskNoteResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) authorStaffId!: string | null;
  @ApiProperty({ example: 'Ordered a new toner.' }) body!: string;
  @ApiProperty() createdAt!: Date;

  static of(note: TaskNote): TaskNoteResponse {
    const { id, authorStaffId, body, createdAt } = note;
    return { id, authorStaffId, body, createdAt };
  }
}
