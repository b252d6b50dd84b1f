import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  MAX_ACTIONS,
  MAX_CONDITIONS,
  MAX_VALUE_LENGTH,
  NOTIFICATION_RECIPIENTS,
  NotificationRecipient,
  TRIGGER_ACTION_KINDS,
  TRIGGER_CONDITION_FIELDS,
  TRIGGER_EVENTS,
  TRIGGER_OPERATORS,
  TriggerActionKind,
  TriggerConditionField,
  TriggerEvent,
  TriggerOperator,
} from '@tessera/automation';
import { Trigger } from '@tessera/tickets';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

const ACTIONS = Object.keys(TRIGGER_ACTION_KINDS) as TriggerActionKind[];

export class TriggerConditionDto {
  @ApiProperty({ enum: TRIGGER_CONDITION_FIELDS, example: 'status', description: 'the filters’ fields, plus the ticket’s status, department, agent and team now (ids)' })
  @IsIn(TRIGGER_CONDITION_FIELDS)
  field!: TriggerConditionField;

  @ApiProperty({
    enum: TRIGGER_OPERATORS,
    example: 'changed-to',
    description: 'the filters’ operators, plus changed-from and changed-to: what the event changed of status, priority, department, agent or team (an empty value: any change)',
  })
  @IsIn(TRIGGER_OPERATORS)
  operator!: TriggerOperator;

  @ApiProperty({ example: '0193a4e2-5b7c-7def-8a12-3456789abcde', description: 'the text or id compared' })
  @IsString()
  @MaxLength(MAX_VALUE_LENGTH)
  value!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'X-Priority', description: 'the header, for the field header' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  header?: string | null;
}

export class TriggerActionDto {
  @ApiProperty({ enum: ACTIONS, example: 'set-status', description: 'what the trigger does; stop: no later trigger runs on the event' })
  @IsIn(ACTIONS)
  kind!: TriggerActionKind;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '0193a4e2-5b7c-7def-8a12-3456789abcde',
    description:
      'the id it sets (a department, help topic, priority, SLA plan, status, agent, team or canned response of this instance), the addresses or tags it adds, the template key of send-notification, the http(s) address of call-webhook; none for auto-assign and stop',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_VALUE_LENGTH)
  value?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: NOTIFICATION_RECIPIENTS, example: 'assignee', description: 'whom send-notification mails' })
  @IsOptional()
  @IsIn(NOTIFICATION_RECIPIENTS)
  to?: NotificationRecipient | null;
}

export class CreateTriggerRequest {
  @ApiProperty({ example: 'Reply reopens' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: TRIGGER_EVENTS, isArray: true, example: ['requester-reply'], description: 'the ticket events it runs on: at least one' })
  @IsArray()
  @ArrayMaxSize(TRIGGER_EVENTS.length)
  @IsIn(TRIGGER_EVENTS, { each: true })
  events!: TriggerEvent[];

  @ApiProperty({ enum: ['all', 'any'], example: 'all', description: 'all conditions must hold, or any one' })
  @IsIn(['all', 'any'])
  match!: 'all' | 'any';

  @ApiProperty({ type: [TriggerConditionDto], description: 'none: it runs on every event it names' })
  @IsArray()
  @ArrayMaxSize(MAX_CONDITIONS)
  @ValidateNested({ each: true })
  @Type(() => TriggerConditionDto)
  conditions!: TriggerConditionDto[];

  @ApiProperty({ type: [TriggerActionDto], description: 'at least one, run in order' })
  @IsArray()
  @ArrayMaxSize(MAX_ACTIONS)
  @ValidateNested({ each: true })
  @Type(() => TriggerActionDto)
  actions!: TriggerActionDto[];

  @ApiPropertyOptional({ default: true, description: 'an inactive trigger does nothing' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ example: 1, minimum: 1, description: 'where it runs, 1 first; absent on a new trigger: after the others. The others move to make room' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  position?: number;
}

export class UpdateTriggerRequest extends PartialType(CreateTriggerRequest) {}

export class TriggerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Reply reopens' }) name!: string;
  @ApiProperty({ example: 1, description: '1 runs first' }) position!: number;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ enum: TRIGGER_EVENTS, isArray: true, example: ['requester-reply'] }) events!: TriggerEvent[];
  @ApiProperty({ enum: ['all', 'any'], example: 'all' }) match!: 'all' | 'any';
  @ApiProperty({ type: [TriggerConditionDto] }) conditions!: TriggerConditionDto[];
  @ApiProperty({ type: [TriggerActionDto] }) actions!: TriggerActionDto[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(trigger: Trigger): TriggerResponse {
    const { id, name, position, isActive, events, match, conditions, actions, createdAt, updatedAt } = trigger;
    return { id, name, position, isActive, events, match, conditions, actions, createdAt, updatedAt };
  }
}
