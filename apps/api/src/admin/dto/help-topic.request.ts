import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { MAX_REFERENCE_FORMAT_LENGTH } from '@tessera/directory';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateHelpTopicRequest {
  @ApiProperty({ example: 'Enrolment', description: 'unique among the topics with the same parent' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'topics form a tree; no loops' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiProperty({ format: 'uuid', description: 'where its tickets go' })
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "null: the instance's default priority" })
  @IsOptional()
  @IsUUID()
  priorityId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null: the default SLA plan' })
  @IsOptional()
  @IsUUID()
  slaPlanId?: string | null;

  @ApiPropertyOptional({ default: true, description: 'offered in the portal' })
  @OptionalNotNull()
  @IsBoolean()
  isPublic?: boolean;

  @ApiPropertyOptional({ default: true, description: 'inactive topics take no new tickets' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'new tickets go to this agent (not with a team)' })
  @IsOptional()
  @IsUUID()
  autoAssignStaffId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'new tickets go to this team (not with an agent)' })
  @IsOptional()
  @IsUUID()
  autoAssignTeamId?: string | null;

  @ApiPropertyOptional({ example: 'MAT-{n:5}', nullable: true, type: String, description: "null: the instance's format" })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REFERENCE_FORMAT_LENGTH)
  referenceFormat?: string | null;

  @ApiPropertyOptional({ default: true, description: "false: its tickets get no auto-responses, whatever the department's switch" })
  @OptionalNotNull()
  @IsBoolean()
  autoResponse?: boolean;
}

export class UpdateHelpTopicRequest extends PartialType(CreateHelpTopicRequest, { skipNullProperties: false }) {}
