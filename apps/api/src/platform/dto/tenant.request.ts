import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tessera/auth';
import { LANGUAGES } from '@tessera/tenancy';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmptyObject, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { SingleLine } from '../../http/request-fields';
import { ConfigurationFileRequest } from '../../admin/dto/configuration.dto';

export class NewManagerRequest {
  @ApiProperty({ example: 'anna.puig@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Anna Puig' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @ApiProperty({ example: 'a long passphrase', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class CreateTenantRequest {
  @ApiProperty({ example: 'etsetb', description: 'lowercase letters, digits and hyphens, 3-40 characters, not reserved' })
  @IsString()
  @MaxLength(100)
  slug!: string;

  @ApiProperty({ example: 'ETSETB student office' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(LANGUAGES)
  defaultLanguage?: string;

  @ApiPropertyOptional({ example: 'Europe/Madrid', default: 'UTC' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;

  @ApiProperty({ type: NewManagerRequest })
  @ValidateNested()
  @IsNotEmptyObject()
  @Type(() => NewManagerRequest)
  manager!: NewManagerRequest;

  @ApiPropertyOptional({
    type: ConfigurationFileRequest,
    description: "a configuration file (another instance's export): applied over the defaults in the same transaction, so the instance is created with it or not at all",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConfigurationFileRequest)
  configuration?: ConfigurationFileRequest;
}

export class UpdateTenantRequest {
  @ApiPropertyOptional({ example: 'etsetb-office', description: 'renaming keeps the old slug as a redirect' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  slug?: string;

  @ApiPropertyOptional({ example: 'ETSETB student office' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  defaultLanguage?: string;

  @ApiPropertyOptional({ example: 'Europe/Amsterdam' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;
}
