import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { LANGUAGES } from '@tessera/tenancy';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';
import { PageQuery } from '../../http/request-fields';

export class CreateRequesterRequest {
  @ApiProperty({ example: 'Marta Soler' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @ApiProperty({
    type: [String],
    example: ['marta.soler@estudiantat.upc.edu', 'marta@example.org'],
    description: 'the first is the primary address; each belongs to one requester of the instance',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  @MaxLength(254, { each: true })
  emails!: string[];

  @ApiPropertyOptional({ example: '+34 934 01 00 00', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, nullable: true, type: String })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: string | null;

  @ApiPropertyOptional({ default: true, description: 'may sign in to the portal; links in mails work either way' })
  @OptionalNotNull()
  @IsBoolean()
  canLogin?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'every organization the requester belongs to' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID(undefined, { each: true })
  organizationIds?: string[];
}

// Left-out fields stay; `emails` and `organizationIds` replace the whole set.
export class UpdateRequesterRequest extends PartialType(CreateRequesterRequest, { skipNullProperties: false }) {}

export class RequesterPageQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'soler', description: 'part of the name (accents ignored) or of an address' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'only members of this organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}
