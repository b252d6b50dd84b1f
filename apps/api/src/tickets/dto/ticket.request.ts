import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { MATRIX_LEVELS, TICKET_STATES } from '@tessera/directory';
import { QUEUES, QUEUE_SORTS, TICKET_TYPES } from '@tessera/tickets';
import { BooleanText, PageQuery, SingleLine } from '../../http/request-fields';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export const MESSAGE_MAX_LENGTH = 200_000;
export const AGENT_SOURCES = ['phone', 'walk_in', 'other', 'internal'] as const;

// A person by id, or by address (created on first contact).
export class PersonRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'an existing requester' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({ example: 'joan.serra@example.org' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: 'Joan Serra' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name?: string;

  @ApiPropertyOptional({ example: '+34 934 01 00 00' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;
}

export class MessageRequest {
  @ApiProperty({ example: 'The printer on the second floor is fixed; please try again.' })
  @IsString()
  @Length(1, MESSAGE_MAX_LENGTH)
  message!: string;
}

export class NoteRequest extends MessageRequest {
  @ApiPropertyOptional({ default: false, description: "restricted notes are read by the ticket's department members only" })
  @IsOptional()
  @BooleanText()
  @IsBoolean()
  restricted?: boolean;
}

export class CreateTicketRequest {
  @ApiPropertyOptional({ type: PersonRequest, description: 'required unless source is internal' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonRequest)
  requester?: PersonRequest;

  @ApiProperty({ example: 'Wi-Fi down in room A2' })
  @IsString()
  @Length(1, 255)
  @SingleLine()
  subject!: string;

  @ApiProperty({ example: 'Called at 9:10: nobody in A2 can connect since this morning.' })
  @IsString()
  @Length(1, MESSAGE_MAX_LENGTH)
  message!: string;

  @ApiPropertyOptional({ enum: AGENT_SOURCES, description: 'how the request reached the agent; internal: the agent’s own ticket. Required for agents; with an API key the source is always api' })
  @IsOptional()
  @IsIn(AGENT_SOURCES)
  source?: (typeof AGENT_SOURCES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'defaults to the help topic’s, then the agent’s primary department' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  helpTopicId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'defaults to the topic’s, the matrix’s, then the instance default' })
  @IsOptional()
  @IsUUID()
  priorityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a status in state new, open or pending' })
  @IsOptional()
  @IsUUID()
  statusId?: string;

  @ApiPropertyOptional({ enum: TICKET_TYPES, default: 'incident' })
  @IsOptional()
  @IsIn(TICKET_TYPES)
  type?: (typeof TICKET_TYPES)[number];

  @ApiPropertyOptional({ enum: MATRIX_LEVELS, description: 'with urgency, picks the priority when the instance uses the matrix' })
  @IsOptional()
  @IsIn(MATRIX_LEVELS)
  impact?: (typeof MATRIX_LEVELS)[number];

  @ApiPropertyOptional({ enum: MATRIX_LEVELS })
  @IsOptional()
  @IsIn(MATRIX_LEVELS)
  urgency?: (typeof MATRIX_LEVELS)[number];

  @ApiPropertyOptional({ example: '2026-12-01T12:00:00Z', description: 'defaults to the SLA plan’s resolution target' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isConfidential?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { building: 'north' },
    description: 'values of the help topic’s fields (GET help-topics/{id}/fields) by key; 400 naming customData.<key> for an unknown field, a value it does not take or a missing required one',
  })
  @IsOptional()
  @IsObject()
  customData?: Record<string, string | number | boolean | null | object>;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assigneeStaffId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assigneeTeamId?: string;

  @ApiPropertyOptional({ type: [PersonRequest], description: 'collaborators (CC) by address' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PersonRequest)
  collaborators?: PersonRequest[];
}

const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

// The queue and filters of GET tickets; a saved view keeps them with the same rules, so it can
// always be replayed.
export class QueueFilters {
  @ApiPropertyOptional({ enum: QUEUES, default: 'all' })
  @IsOptional()
  @IsIn(QUEUES)
  queue?: (typeof QUEUES)[number];

  @ApiPropertyOptional({ description: 'comma-separated states; default: new,open,pending except for queue=all', example: 'open,pending' })
  @IsOptional()
  @Transform(list)
  @IsIn(TICKET_STATES, { each: true })
  state?: (typeof TICKET_STATES)[number][];

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() helpTopicId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() statusId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() priorityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigneeStaffId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() requesterId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ example: 'vpn', description: 'tickets with this tag (in any case)' }) @IsOptional() @IsString() @MaxLength(200) tag?: string;
  @ApiPropertyOptional({ example: 'building', description: 'the key of a custom field; with customValue, tickets whose field holds that value' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  customField?: string;

  @ApiPropertyOptional({ example: 'north', description: 'the value customField holds, as text: a number, true/false for a check box, a list value (a multiple choice holds it among others), an id for a reference' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  customValue?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z' }) @IsOptional() @Type(() => Date) @IsDate() createdFrom?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() createdTo?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() dueFrom?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() dueTo?: Date;
}

export class QueueQuery extends IntersectionType(PageQuery, QueueFilters) {
  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: '-activity', description: 'a leading - sorts descending' })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: (typeof QUEUE_SORTS)[number];
}
