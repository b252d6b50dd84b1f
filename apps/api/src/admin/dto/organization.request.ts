import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsString, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateOrganizationRequest {
  @ApiProperty({ example: 'ETSETB' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['etsetb.upc.edu'],
    description: 'new requesters with an address here join the organization; each domain belongs to one organization',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  domains?: string[];

  @ApiPropertyOptional({ default: false, description: "members are added as collaborators to each other's new tickets" })
  @OptionalNotNull()
  @IsBoolean()
  autoAddMembers?: boolean;

  @ApiPropertyOptional({ default: false, description: "members see all the organization's tickets in the portal" })
  @OptionalNotNull()
  @IsBoolean()
  membersSeeAll?: boolean;
}

// Left-out fields stay; `domains` replaces the whole set.
export class UpdateOrganizationRequest extends PartialType(CreateOrganizationRequest, { skipNullProperties: false }) {}
