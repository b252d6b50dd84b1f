import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUTOCLOSE_DAYS,
  CLOSED_REPLY_POLICIES,
  ClosedReplyPolicy,
  LOCK_SECONDS,
  MAX_REFERENCE_FORMAT_LENGTH,
  PRIORITY_MODES,
  PriorityMode,
  REGISTRATIONS,
  Registration,
} from '@tessera/directory';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalNotNull } from '../../http/request-fields';

export class UpdateSettingsRequest {
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
}
