import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { TEAM_ASSIGNMENT_MODES, TeamAssignmentMode } from '@tessera/directory';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateTeamRequest {
  @ApiProperty({ example: 'Second line' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'an agent; becomes a member' })
  @IsOptional()
  @IsUUID()
  leadStaffId?: string | null;

  @ApiPropertyOptional({ default: true, description: 'inactive teams get no tickets and give no access' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({
    enum: TEAM_ASSIGNMENT_MODES,
    default: 'none',
    example: 'round_robin',
    description: 'a ticket given to the team also gets one of its agents: in turn (round_robin), or the one with fewest open tickets (least_loaded)',
  })
  @OptionalNotNull()
  @IsIn(TEAM_ASSIGNMENT_MODES)
  assignment?: TeamAssignmentMode;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 10000, example: 15, description: 'automatic assignment passes by agents with this many open tickets; null: no cap' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxOpenPerAgent?: number | null;
}

export class UpdateTeamRequest extends PartialType(CreateTeamRequest, { skipNullProperties: false }) {}

export class TeamMembersRequest {
  @ApiProperty({ type: [String], format: 'uuid', description: 'every member; the lead is added when missing' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID(undefined, { each: true })
  staffIds!: string[];
}
