import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ACTION_KINDS,
  ActionKind,
  CONDITION_FIELDS,
  CONDITION_OPERATORS,
  ConditionField,
  ConditionOperator,
  FILTER_CHANNELS,
  FilterChannel,
  MAX_ACTIONS,
  MAX_CONDITIONS,
  MAX_VALUE_LENGTH,
} from '@tessera/automation';
import { AppliedAction, AppliedFilter, FilterDryRun, TicketFilter } from '@tessera/tickets';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

const ACTIONS = Object.keys(ACTION_KINDS) as ActionKind[];

export class FilterConditionDto {
  @ApiProperty({ enum: CONDITION_FIELDS, example: 'from.domain', description: 'what the condition looks at; to and cc hold when one address does' })
  @IsIn(CONDITION_FIELDS)
  field!: ConditionField;

  @ApiProperty({ enum: CONDITION_OPERATORS, example: 'equals', description: 'case-insensitive; regex and not-regex take an RE2 pattern (no lookaround, no backreferences)' })
  @IsIn(CONDITION_OPERATORS)
  operator!: ConditionOperator;

  @ApiProperty({
    example: 'example.org',
    description: "the text compared; for mailbox, help-topic and priority an id; for channel mail, portal, agent or api; for organization a name or an id; for custom-field the value (each item of a list)",
  })
  @IsString()
  @MaxLength(MAX_VALUE_LENGTH)
  value!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'X-Priority', description: 'the header, for the field header' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  header?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'contract_number', description: "the key of the ticket's custom data, for the field custom-field" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string | null;
}

export class FilterActionDto {
  @ApiProperty({ enum: ACTIONS, example: 'set-department', description: 'what the filter does; stop: no later filter runs' })
  @IsIn(ACTIONS)
  kind!: ActionKind;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '0193a4e2-5b7c-7def-8a12-3456789abcde',
    description: 'the id it sets (a department, help topic, priority, SLA plan, status, agent, team or canned response of this instance), or the addresses add-collaborators adds; none for reject, disable-auto-response and stop',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_VALUE_LENGTH)
  value?: string | null;
}

export class CreateTicketFilterRequest {
  @ApiProperty({ example: 'Example Corp to Sales' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: ['all', 'any'], example: 'all', description: 'all conditions must hold, or any one' })
  @IsIn(['all', 'any'])
  match!: 'all' | 'any';

  @ApiProperty({ type: [FilterConditionDto], description: 'at least one' })
  @IsArray()
  @ArrayMaxSize(MAX_CONDITIONS)
  @ValidateNested({ each: true })
  @Type(() => FilterConditionDto)
  conditions!: FilterConditionDto[];

  @ApiProperty({ type: [FilterActionDto], description: 'at least one, run in order' })
  @IsArray()
  @ArrayMaxSize(MAX_ACTIONS)
  @ValidateNested({ each: true })
  @Type(() => FilterActionDto)
  actions!: FilterActionDto[];

  @ApiPropertyOptional({ default: true, description: 'an inactive filter does nothing' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ example: 1, minimum: 1, description: 'where it runs among the filters of its scope, 1 first; absent on a new filter: after the others. The others move to make room' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  position?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0193a4e2-5b7c-7def-8a12-3456789abcde',
    description: "null or absent: instance-wide (managers). A department's filter (filters.manage there) runs after the instance's on the tickets that would open in that department, and keeps them there",
  })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;
}

export class UpdateTicketFilterRequest extends PartialType(CreateTicketFilterRequest) {}

export class TicketFilterResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Example Corp to Sales' }) name!: string;
  @ApiProperty({ example: 1, description: '1 runs first, within its scope' }) position!: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null, description: "null: instance-wide; else the department's" }) departmentId!: string | null;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ enum: ['all', 'any'], example: 'all' }) match!: 'all' | 'any';
  @ApiProperty({ type: [FilterConditionDto] }) conditions!: FilterConditionDto[];
  @ApiProperty({ type: [FilterActionDto] }) actions!: FilterActionDto[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(filter: TicketFilter): TicketFilterResponse {
    const { id, name, position, departmentId, isActive, match, conditions, actions, createdAt, updatedAt } = filter;
    return { id, name, position, departmentId, isActive, match, conditions, actions, createdAt, updatedAt };
  }
}

export class FilterSenderDto {
  @ApiProperty({ example: 'ana@example.org' })
  @IsEmail({ allow_display_name: false, require_tld: false })
  @MaxLength(320)
  address!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Ana Vidal' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;
}

export class FilterSampleDto {
  @ApiPropertyOptional({ enum: FILTER_CHANNELS, default: 'mail', example: 'mail' })
  @OptionalNotNull()
  @IsIn(FILTER_CHANNELS)
  channel?: FilterChannel;

  @ApiProperty({ type: FilterSenderDto })
  @ValidateNested()
  @Type(() => FilterSenderDto)
  from!: FilterSenderDto;

  @ApiPropertyOptional({ type: [String], example: ['support@example.net'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(320, { each: true })
  to?: string[];

  @ApiPropertyOptional({ type: [String], example: ['boss@example.org'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(320, { each: true })
  cc?: string[];

  @ApiPropertyOptional({ example: 'Invoice 2026-114' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(500)
  subject?: string;

  @ApiPropertyOptional({ example: 'Please find the invoice attached.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(100_000)
  body?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { 'X-Priority': '1' }, description: 'header name to value' })
  @OptionalNotNull()
  @IsObject()
  headers?: Record<string, string>;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the mailbox it came to' })
  @IsOptional()
  @IsUUID()
  mailboxId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  helpTopicId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  priorityId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0193a4e2-5b7c-7def-8a12-3456789abcde', description: "the department the channel names (a mailbox's): its filters run after the instance's" })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['vip'], description: 'tags the ticket is given at creation' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { contract_number: 'C-2041' }, description: "the ticket's custom data, by key" })
  @OptionalNotNull()
  @IsObject()
  customData?: Record<string, unknown>;
}

export class TicketFilterDryRunRequest {
  @ApiPropertyOptional({ type: FilterSampleDto, description: 'a message as it would come in; or name a ticket' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FilterSampleDto)
  message?: FilterSampleDto;

  @ApiPropertyOptional({ example: 'suport#1042', description: 'an existing ticket, run as if it had just come in' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  reference?: string;
}

export class AppliedActionResponse {
  @ApiProperty({ enum: ACTIONS, example: 'set-department' }) kind!: ActionKind;
  @ApiPropertyOptional({ nullable: true, type: String, example: '0193a4e2-5b7c-7def-8a12-3456789abcde' }) value!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Sales', description: 'the name of what it sets' }) target!: string | null;
  @ApiProperty({ description: 'what it names is gone or no longer usable: it would do nothing' }) skipped!: boolean;

  static of(action: AppliedAction): AppliedActionResponse {
    return { kind: action.kind, value: action.value, target: action.target, skipped: action.skipped };
  }
}

export class AppliedFilterResponse {
  @ApiProperty({ format: 'uuid' }) filterId!: string;
  @ApiProperty({ example: 'Example Corp to Sales' }) name!: string;
  @ApiProperty({ type: [AppliedActionResponse] }) actions!: AppliedActionResponse[];

  static of(filter: AppliedFilter): AppliedFilterResponse {
    return { filterId: filter.filterId, name: filter.name, actions: filter.actions.map(AppliedActionResponse.of) };
  }
}

export class TicketFilterDryRunResponse {
  @ApiProperty({ type: [AppliedFilterResponse], description: 'the filters that match, in the order they run' }) matched!: AppliedFilterResponse[];
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Spam senders', description: 'the filter that would refuse the ticket (mail: kept and flagged)' })
  rejectedBy!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) departmentId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) helpTopicId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) priorityId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) slaPlanId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) statusId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'service_request', description: 'the ticket type a filter sets' }) type!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assigneeStaffId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assigneeTeamId!: string | null;
  @ApiProperty({ description: 'false: the new-ticket auto-response would not be sent' }) autoResponse!: boolean;
  @ApiProperty({ type: [String], format: 'uuid', description: 'canned responses that would be sent' }) cannedResponseIds!: string[];
  @ApiProperty({ type: [String], example: ['boss@example.org'], description: 'collaborators that would be added' }) collaborators!: string[];

  static of(run: FilterDryRun): TicketFilterDryRunResponse {
    const { outcome } = run;
    return {
      matched: run.applied.map(AppliedFilterResponse.of),
      rejectedBy: outcome.rejectedBy?.name ?? null,
      departmentId: outcome.departmentId,
      helpTopicId: outcome.helpTopicId,
      priorityId: outcome.priorityId,
      slaPlanId: outcome.slaPlanId,
      statusId: outcome.statusId,
      type: outcome.type,
      assigneeStaffId: outcome.staffId,
      assigneeTeamId: outcome.teamId,
      autoResponse: outcome.autoResponse,
      cannedResponseIds: outcome.cannedResponseIds,
      collaborators: outcome.collaborators,
    };
  }
}
