import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateDepartmentRequest {
  @ApiProperty({ example: 'Student office' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'departments form a tree; no loops' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ default: true, description: 'shown to requesters' })
  @OptionalNotNull()
  @IsBoolean()
  isPublic?: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'an agent of the instance' })
  @IsOptional()
  @IsUUID()
  managerStaffId?: string | null;

  @ApiPropertyOptional({ example: 'office@example.org', nullable: true, type: String, description: "the department's mail is sent from it" })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  outgoingEmail?: string | null;

  @ApiPropertyOptional({ default: true, description: 'false: its tickets get no auto-responses (new ticket, new message)' })
  @OptionalNotNull()
  @IsBoolean()
  autoResponse?: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "the SLA plan of its new tickets whose help topic names none; null: the instance's default" })
  @IsOptional()
  @IsUUID()
  slaPlanId?: string | null;
}

// Fields left out stay as they are; null clears a nullable field.
export class UpdateDepartmentRequest extends PartialType(CreateDepartmentRequest, { skipNullProperties: false }) {}
