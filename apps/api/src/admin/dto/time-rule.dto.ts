import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  MAX_TIME_RULE_ACTIONS,
  MAX_WAIT_AMOUNT,
  TIME_CONDITIONS,
  TIME_RULE_ACTION_KINDS,
  TIME_STATES,
  TimeCondition,
  TimeRuleActionKind,
  WAIT_UNITS,
  WaitUnit,
} from '@tessera/automation';
import { TimeRule } from '@tessera/tickets';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

const ACTIONS = Object.keys(TIME_RULE_ACTION_KINDS) as TimeRuleActionKind[];

export class TimeRuleActionDto {
  @ApiProperty({
    enum: ACTIONS,
    example: 'send-canned-response',
    description: "what the rule does; the names are the ticket filters' where they overlap. notify-assignee and notify-department-manager mail an alert",
  })
  @IsIn(ACTIONS)
  kind!: TimeRuleActionKind;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '0193a4e2-5b7c-7def-8a12-3456789abcde',
    description: 'the id it uses (a canned response, status, priority or team of this instance), or the tags add-tags adds; none for the notify actions',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  value?: string | null;
}

export class CreateTimeRuleRequest {
  @ApiProperty({ example: 'Pending a week: remind' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({
    enum: TIME_CONDITIONS,
    example: 'state',
    description: 'what the ticket has been for the wait: in a state, in a status, unassigned (and not done), or waiting for its requester since an agent’s public response (and not done)',
  })
  @IsIn(TIME_CONDITIONS)
  condition!: TimeCondition;

  @ApiPropertyOptional({ enum: TIME_STATES, nullable: true, example: 'pending', description: 'the state, for the condition state' })
  @IsOptional()
  @IsIn(TIME_STATES)
  state?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: 'the status, for the condition status' })
  @IsOptional()
  @IsUUID()
  statusId?: string | null;

  @ApiProperty({ example: 7, minimum: 1, maximum: MAX_WAIT_AMOUNT, description: 'how long, in calendar time, from when the ticket entered the condition' })
  @IsInt()
  @Min(1)
  @Max(MAX_WAIT_AMOUNT)
  waitAmount!: number;

  @ApiProperty({ enum: WAIT_UNITS, example: 'days' })
  @IsIn(WAIT_UNITS)
  waitUnit!: WaitUnit;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: 'only tickets of this department' })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: 'only tickets of this help topic' })
  @IsOptional()
  @IsUUID()
  helpTopicId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: 'only tickets of this priority' })
  @IsOptional()
  @IsUUID()
  priorityId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: null, description: 'only tickets with this tag' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  tag?: string | null;

  @ApiProperty({ type: [TimeRuleActionDto], description: 'at least one, run in order' })
  @IsArray()
  @ArrayMaxSize(MAX_TIME_RULE_ACTIONS)
  @ValidateNested({ each: true })
  @Type(() => TimeRuleActionDto)
  actions!: TimeRuleActionDto[];

  @ApiPropertyOptional({ default: true, example: true, description: 'an inactive rule does nothing; switched on again, it takes the tickets in its condition' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateTimeRuleRequest extends PartialType(CreateTimeRuleRequest) {}

export class TimeRuleResponse extends CreateTimeRuleRequest {
  @ApiProperty({ format: 'uuid', example: '0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8093' }) id!: string;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z' }) createdAt!: Date;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z' }) updatedAt!: Date;

  static of(rule: TimeRule): TimeRuleResponse {
    const { tenantId: _tenant, ...fields } = rule;
    return { ...fields, actions: rule.actions.map((action) => ({ kind: action.kind, value: action.value ?? null })) };
  }
}
