import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_TAGS_PER_REQUEST, MAX_TAG_LENGTH, MAX_TAG_SUGGESTIONS } from '@tessera/tickets';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class AddTagsRequest {
  @ApiProperty({
    type: [String],
    example: ['vpn', 'Wi-Fi'],
    description: `names of 1 to ${MAX_TAG_LENGTH} letters or digits with - _ . / inside, kept in lower case; unknown ones join the instance's list; at most ${MAX_TAGS_PER_REQUEST}`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TAGS_PER_REQUEST)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  tags!: string[];
}

export class TagQuery {
  @ApiPropertyOptional({ example: 'wi', description: 'the first letters, in any case; all tags without' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TAG_LENGTH)
  prefix?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_TAG_SUGGESTIONS, default: 10, example: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TAG_SUGGESTIONS)
  limit?: number;
}

export class TagResponse {
  @ApiProperty({ example: 'wi-fi' }) name!: string;
}
