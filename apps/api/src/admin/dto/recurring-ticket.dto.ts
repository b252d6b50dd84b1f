import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { RecurringRun, RecurringTicket } from '@tessera/tickets';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { NotBlank, OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateRecurringTicketRequest {
  @ApiProperty({ example: 'Monthly backup check' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({
    example: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1',
    description: 'an RFC 5545 RRULE value without DTSTART, TZID, BYMINUTE or BYSECOND; HOURLY at the finest',
  })
  @IsString()
  @Length(1, 500)
  @SingleLine()
  rrule!: string;

  @ApiProperty({ example: '2026-01-05T09:00', description: 'the first occurrence, as wall-clock time in the time zone' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'startsAt must be a date and time such as 2026-01-05T09:00' })
  startsAt!: string;

  @ApiProperty({ example: 'Europe/Madrid', description: 'an IANA time zone' })
  @IsString()
  @Length(1, 64)
  @SingleLine()
  timezone!: string;

  @ApiProperty({ example: 'Check last month’s backups' })
  @IsString()
  @Length(1, 255)
  @SingleLine()
  @NotBlank()
  subject!: string;

  @ApiProperty({ example: 'Restore one file from each backup set and note the result here.', description: 'the first entry: an internal note' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  body!: string;

  @ApiProperty({ example: 'it-operations@uni.example', description: "the ticket's requester" })
  @IsEmail()
  requesterEmail!: string;

  @ApiPropertyOptional({ example: 'IT operations', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  @SingleLine()
  requesterName?: string | null;

  @ApiProperty({ format: 'uuid', example: '0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091' })
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null })
  @IsOptional()
  @IsUUID()
  helpTopicId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: "null: the topic's or the instance's default" })
  @IsOptional()
  @IsUUID()
  priorityId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: 'the agent each ticket is assigned to' })
  @IsOptional()
  @IsUUID()
  assignStaffId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: 'the team each ticket is assigned to' })
  @IsOptional()
  @IsUUID()
  assignTeamId?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['backups', 'monthly'], description: 'put on each ticket it opens; 20 at most' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ default: true, example: true, description: 'an inactive one opens nothing; switched on again it starts from now' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateRecurringTicketRequest extends PartialType(CreateRecurringTicketRequest) {}

export class RecurringTicketResponse extends CreateRecurringTicketRequest {
  @ApiProperty({ format: 'uuid', example: '0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8092' }) id!: string;
  @ApiPropertyOptional({ nullable: true, type: Date, example: '2026-02-02T08:00:00.000Z', description: 'the next occurrence; null when inactive or the rule has ended' })
  nextRunAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, example: '2026-01-05T08:00:00.000Z', description: 'the last occurrence opened' })
  lastRunAt!: Date | null;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z' }) createdAt!: Date;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z' }) updatedAt!: Date;

  static of(row: RecurringTicket): RecurringTicketResponse {
    const { tenantId: _tenant, ...fields } = row;
    return { ...fields, isActive: row.isActive };
  }
}

export class RecurringRunResponse {
  @ApiProperty({ example: '2026-01-05T08:00:00.000Z' }) occurrenceAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'T-000123', description: 'null once the ticket was deleted' }) ticketReference!: string | null;
  @ApiProperty({ example: '2026-01-05T08:00:04.000Z', description: 'when it was opened' }) createdAt!: Date;

  static of(run: RecurringRun): RecurringRunResponse {
    return run;
  }
}
