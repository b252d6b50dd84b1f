import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_KEY_SCOPES } from '@tessera/auth';
import { ArrayMaxSize, IsArray, IsString, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateApiKeyRequest {
  @ApiProperty({ example: 'Network monitoring' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['tickets.create'], description: 'at least one; unknown ones are refused' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  scopes!: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['192.0.2.0/24', '2001:db8::7'],
    description: 'addresses or CIDR networks the key may be used from; empty or left out: anywhere',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  allowedNetworks?: string[];
}
