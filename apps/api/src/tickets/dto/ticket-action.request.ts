import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { AGENT_LINK_KINDS, MAX_PASTED_ADDRESSES, TICKET_TYPES } from '@tessera/tickets';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { CreateTicketRequest, MESSAGE_MAX_LENGTH } from './ticket.request';
import { SingleLine } from '../../http/request-fields';

// A reference as written in subjects (suport#310); the longest format plus its number fits.
const REFERENCE_MAX_LENGTH = 100;

export class EditTicketRequest {
  @ApiPropertyOptional({ example: 'Wi-Fi down in rooms A2 and A3' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  @SingleLine()
  subject?: string;

  @ApiPropertyOptional({ enum: TICKET_TYPES })
  @IsOptional()
  @IsIn(TICKET_TYPES)
  type?: (typeof TICKET_TYPES)[number];

  @ApiPropertyOptional({ description: 'confidential tickets are seen only by the members of their department' })
  @IsOptional()
  @IsBoolean()
  isConfidential?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { building: 'north', room: null },
    description: 'merged into the ticket’s values, checked against its help topic’s fields; a null value removes one (refused for a required field)',
  })
  @IsOptional()
  @IsObject()
  customData?: Record<string, string | number | boolean | null | object>;
}

export class AssignRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'an active, unlocked agent; null clears the agent' })
  @IsOptional()
  @IsUUID()
  staffId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'an active team; null clears the team' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

export class TransferRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({ example: 'Hardware fault: the network team takes it from here.', description: 'kept as an internal note' })
  @IsOptional()
  @IsString()
  @Length(1, MESSAGE_MAX_LENGTH)
  note?: string;
}

export class StatusRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  statusId!: string;
}

// impact and urgency as when opening a ticket.
export class PriorityRequest extends PickType(CreateTicketRequest, ['impact', 'urgency']) {
  @ApiPropertyOptional({ format: 'uuid', description: 'a priority of the list; or send impact and urgency instead' })
  @IsOptional()
  @IsUUID()
  priorityId?: string;
}

export class TopicRequest {
  @ApiProperty({ format: 'uuid', description: 'an active help topic' })
  @IsUUID()
  helpTopicId!: string;
}

export class DueRequest {
  @ApiProperty({ type: Date, nullable: true, example: '2026-12-01T12:00:00Z', description: 'null returns to the automatic due date' })
  @ValidateIf((body: DueRequest) => body.dueAt !== null)
  @Type(() => Date)
  @IsDate()
  dueAt!: Date | null;
}

// A single string is a pasted list too.
const asList = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

export class CollaboratorsRequest {
  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: 'Joan Serra <joan.serra@example.org>; marta@example.org\npere@example.org',
    description: `addresses separated by commas, semicolons, spaces or line breaks, bare or as "Name <address>" (quote names that hold a comma); at most ${MAX_PASTED_ADDRESSES}`,
  })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(MAX_PASTED_ADDRESSES)
  @IsString({ each: true })
  @MaxLength(100_000, { each: true })
  emails?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'adds every member of the organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class MergeRequest {
  @ApiProperty({ example: 'suport#311', description: 'the reference of the ticket that stays' })
  @IsString()
  @Length(1, REFERENCE_MAX_LENGTH)
  into!: string;
}

export class LinkRequest {
  @ApiProperty({ example: 'suport#311' })
  @IsString()
  @Length(1, REFERENCE_MAX_LENGTH)
  reference!: string;

  @ApiProperty({ enum: AGENT_LINK_KINDS, description: 'what this ticket is to the other one' })
  @IsIn(AGENT_LINK_KINDS)
  kind!: (typeof AGENT_LINK_KINDS)[number];
}
