import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { NotBlank, PageQuery, SingleLine } from '../../http/request-fields';

const MESSAGE_MAX = 65_536;

export class NewPortalTicketRequest {
  @ApiProperty({ format: 'uuid', description: 'one of GET portal/help-topics' })
  @IsUUID()
  helpTopicId!: string;

  @ApiProperty({ example: 'The printer on the 2nd floor jams' })
  @IsString()
  @Length(1, 255)
  @NotBlank()
  subject!: string;

  @ApiProperty({ example: 'Since Monday every second page jams.' })
  @IsString()
  @Length(1, MESSAGE_MAX)
  @NotBlank()
  message!: string;

  @ApiPropertyOptional({ type: [String], example: ['jordi.vila@example.org'], description: 'people to copy (at most 20)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  @MaxLength(254, { each: true })
  collaborators?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { building: 'north', room: '2.14' },
    description: 'values of the topic’s fields (GET portal/help-topics/{id}/fields) by key; 400 naming customData.<key> for a missing required field or a value it does not take',
  })
  @IsOptional()
  @IsObject()
  customData?: Record<string, string | number | boolean | string[] | null>;

  @ApiPropertyOptional({ example: 'Marta Soler', description: 'without a session: your name' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name?: string;

  @ApiPropertyOptional({ example: 'marta.soler@example.org', description: 'without a session: your e-mail address' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class PortalTicketListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'closed'], description: 'closed: resolved or closed' })
  @IsOptional()
  @IsIn(['open', 'closed'])
  state?: 'open' | 'closed';
}

export class PortalReplyRequest {
  @ApiProperty({ example: 'It jammed again this morning.' })
  @IsString()
  @Length(1, MESSAGE_MAX)
  @NotBlank()
  message!: string;
}

export class RatingRequest {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiPropertyOptional({ example: 'Quick and friendly.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
