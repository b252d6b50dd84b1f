import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
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
}

export class UpdateTeamRequest extends PartialType(CreateTeamRequest, { skipNullProperties: false }) {}

export class TeamMembersRequest {
  @ApiProperty({ type: [String], format: 'uuid', description: 'every member; the lead is added when missing' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID(undefined, { each: true })
  staffIds!: string[];
}
