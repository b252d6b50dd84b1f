import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { AUTH_SOURCES, AuthSource, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tessera/auth';
import { LANGUAGES } from '@tessera/tenancy';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class AgentDepartmentRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ format: 'uuid', description: "the agent's role in that department" })
  @IsUUID()
  roleId!: string;
}

export class CreateAgentRequest {
  @ApiProperty({ example: 'jordi.vila@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Jordi Vila' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ example: 'a long passphrase', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'required unless authSource is ldap' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @ApiPropertyOptional({ enum: AUTH_SOURCES, default: 'local', example: 'local', description: "ldap: the instance's directory checks the password and keeps name, e-mail and phone" })
  @OptionalNotNull()
  @IsIn(AUTH_SOURCES)
  authSource?: AuthSource;

  @ApiPropertyOptional({ default: false, description: 'managers configure the whole instance and hold every permission' })
  @OptionalNotNull()
  @IsBoolean()
  isManager?: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'required unless isManager' })
  @IsOptional()
  @IsUUID()
  primaryDepartmentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the role in the primary department; required unless isManager' })
  @IsOptional()
  @IsUUID()
  roleId?: string | null;

  @ApiPropertyOptional({ type: [AgentDepartmentRequest], description: 'extra departments, each once and not the primary one' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AgentDepartmentRequest)
  departments?: AgentDepartmentRequest[];

  @ApiPropertyOptional({ enum: LANGUAGES, nullable: true, type: String, description: "null: the instance's language" })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: string | null;

  @ApiPropertyOptional({ example: 'Jordi Vila\nStudent office', default: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(5000)
  signature?: string;
}

export class UpdateAgentRequest extends PartialType(CreateAgentRequest, { skipNullProperties: false }) {
  @ApiPropertyOptional({ description: 'false ends the sessions and refuses sign-in; the history stays' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ description: 'true ends the sessions and refuses sign-in until unlocked' })
  @OptionalNotNull()
  @IsBoolean()
  isLocked?: boolean;

  @ApiPropertyOptional({ nullable: true, type: Date, example: '2026-08-31T07:00:00Z', description: 'away until then: automatic assignment passes the agent by; null: back' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  awayUntil?: Date | null;
}
