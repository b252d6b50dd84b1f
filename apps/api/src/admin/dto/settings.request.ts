import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTACHMENT_MAX_BYTES,
  AUTOCLOSE_DAYS,
  AUTORESPONSE_HOURLY_LIMIT,
  CLOSED_REPLY_POLICIES,
  ClosedReplyPolicy,
  LOCK_SECONDS,
  MAX_OPEN_TICKETS,
  MAX_REFERENCE_FORMAT_LENGTH,
  PRIORITY_MODES,
  PriorityMode,
  REGISTRATIONS,
  Registration,
  UNKNOWN_SENDER_POLICIES,
  UnknownSenderPolicy,
} from '@tessera/directory';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class UpdateSettingsRequest {
  @ApiPropertyOptional({ example: true, description: 'every agent must sign in with a second factor; agents without one set it up after their password' })
  @OptionalNotNull()
  @IsBoolean()
  requireTwoFactor?: boolean;

  @ApiPropertyOptional({ example: 'suport#{n}', description: '`prefix{n}` or `prefix{n:6}` counts up; `######` draws random digits' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(MAX_REFERENCE_FORMAT_LENGTH)
  referenceFormat?: string;

  @ApiPropertyOptional({ enum: CLOSED_REPLY_POLICIES, description: "what a requester's reply to a closed ticket does" })
  @OptionalNotNull()
  @IsIn(CLOSED_REPLY_POLICIES)
  closedReplyPolicy?: ClosedReplyPolicy;

  @ApiPropertyOptional({ enum: REGISTRATIONS, description: 'who may create a portal account' })
  @OptionalNotNull()
  @IsIn(REGISTRATIONS)
  registration?: Registration;

  @ApiPropertyOptional({ enum: PRIORITY_MODES, description: 'matrix: impact x urgency picks the priority and targets' })
  @OptionalNotNull()
  @IsIn(PRIORITY_MODES)
  priorityMode?: PriorityMode;

  @ApiPropertyOptional({ example: 300, minimum: LOCK_SECONDS.min, maximum: LOCK_SECONDS.max, description: "how long an agent's reply lock lasts" })
  @OptionalNotNull()
  @IsInt()
  @Min(LOCK_SECONDS.min)
  @Max(LOCK_SECONDS.max)
  lockSeconds?: number;

  @ApiPropertyOptional({ example: 14, minimum: AUTOCLOSE_DAYS.min, maximum: AUTOCLOSE_DAYS.max, description: 'resolved tickets close after; 0 never' })
  @OptionalNotNull()
  @IsInt()
  @Min(AUTOCLOSE_DAYS.min)
  @Max(AUTOCLOSE_DAYS.max)
  autocloseDays?: number;

  @ApiPropertyOptional({
    enum: UNKNOWN_SENDER_POLICIES,
    description: 'a mail answering a ticket from someone not on it: add them as a collaborator, or open a new ticket',
  })
  @OptionalNotNull()
  @IsIn(UNKNOWN_SENDER_POLICIES)
  unknownSenderPolicy?: UnknownSenderPolicy;

  @ApiPropertyOptional({
    example: 5,
    minimum: AUTORESPONSE_HOURLY_LIMIT.min,
    maximum: AUTORESPONSE_HOURLY_LIMIT.max,
    description: 'automatic responses one address gets per hour at most',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(AUTORESPONSE_HOURLY_LIMIT.min)
  @Max(AUTORESPONSE_HOURLY_LIMIT.max)
  autoresponseHourlyLimit?: number;

  @ApiPropertyOptional({
    example: 0,
    minimum: MAX_OPEN_TICKETS.min,
    maximum: MAX_OPEN_TICKETS.max,
    description: 'open tickets one requester may have before new mail is refused with a notice; 0 no limit',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(MAX_OPEN_TICKETS.min)
  @Max(MAX_OPEN_TICKETS.max)
  maxOpenTickets?: number;

  @ApiPropertyOptional({
    example: 10485760,
    minimum: ATTACHMENT_MAX_BYTES.min,
    maximum: ATTACHMENT_MAX_BYTES.max,
    description: 'largest attachment kept from inbound mail, in bytes; larger ones are dropped with a note',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(ATTACHMENT_MAX_BYTES.min)
  @Max(ATTACHMENT_MAX_BYTES.max)
  attachmentMaxBytes?: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['image/*', 'application/pdf'],
    description: 'media types kept from inbound mail (`type/*` allowed); empty: any type',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  attachmentTypes?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'an active help topic: where a ticket goes when its channel (an API key) names neither a help topic nor a department; null: none',
  })
  @IsOptional()
  @IsUUID()
  defaultHelpTopicId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the department of such tickets when there is no default help topic; null: none' })
  @IsOptional()
  @IsUUID()
  defaultDepartmentId?: string | null;

  @ApiPropertyOptional({ example: 'Universitat Exemple', nullable: true, type: String, description: 'shown in the portal, the panel and the mail; null: the instance’s name' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @SingleLine()
  companyName?: string | null;

  @ApiPropertyOptional({
    example: '#1c5d99',
    nullable: true,
    type: String,
    description: 'the colour of buttons and links, #rrggbb in lower case, dark enough for white text (contrast 4.5:1); null: the product’s',
  })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  primaryColor?: string | null;

  @ApiPropertyOptional({ example: true, description: 'false: the portal shows its offline page and takes no tickets; mail still becomes tickets' })
  @OptionalNotNull()
  @IsBoolean()
  portalOnline?: boolean;
}

export class ReferenceCounterRequest {
  @ApiPropertyOptional({ example: 'Ticket#{n}', description: "a counter format; the instance's reference format when left out (a help topic's own format otherwise)" })
  @OptionalNotNull()
  @IsString()
  @MaxLength(MAX_REFERENCE_FORMAT_LENGTH)
  format?: string;

  @ApiProperty({ example: 11545, description: 'the number the next ticket gets; never lower than the counter is at' })
  @IsInt()
  @Min(1)
  @Max(999_999_999_999)
  nextNumber!: number;
}
