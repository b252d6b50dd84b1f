import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';
import { MINUTES_IN_A_YEAR } from './sla-plan.request';

export class CreatePriorityRequest {
  @ApiProperty({ example: 'Critical' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ example: 5, minimum: 1, maximum: 100, description: 'the rank: higher is more urgent' })
  @IsInt()
  @Min(1)
  @Max(100)
  urgency!: number;

  @ApiPropertyOptional({ default: false, description: 'new tickets get it unless their topic or the matrix says otherwise' })
  @OptionalNotNull()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdatePriorityRequest extends PartialType(CreatePriorityRequest, { skipNullProperties: false }) {}

export class PriorityBandRequest {
  @ApiProperty({ example: 16, description: 'impact x urgency from (1, 2, 4, 8 each)' })
  @IsInt()
  @Min(1)
  @Max(64)
  minProduct!: number;

  @ApiProperty({ example: 32 })
  @IsInt()
  @Min(1)
  @Max(64)
  maxProduct!: number;

  @ApiProperty({ format: 'uuid', description: 'a priority of this instance' })
  @IsUUID()
  priorityId!: string;

  @ApiProperty({ example: 120, description: 'first response within, in minutes' })
  @IsInt()
  @Min(0)
  @Max(MINUTES_IN_A_YEAR)
  respondMinutes!: number;

  @ApiProperty({ example: 240, description: 'resolution within, in minutes' })
  @IsInt()
  @Min(0)
  @Max(MINUTES_IN_A_YEAR)
  resolveMinutes!: number;

  @ApiProperty({ example: 180, description: 'escalate after, in minutes' })
  @IsInt()
  @Min(0)
  @Max(MINUTES_IN_A_YEAR)
  escalateMinutes!: number;
}

export class PriorityMatrixRequest {
  @ApiProperty({ type: [PriorityBandRequest], description: 'every product 1-64 in exactly one band' })
  @IsArray()
  @ArrayMaxSize(16)
  @ValidateNested({ each: true })
  @Type(() => PriorityBandRequest)
  bands!: PriorityBandRequest[];
}

export class PriorityMatrixResponse {
  @ApiProperty({ type: [PriorityBandRequest] }) bands!: PriorityBandRequest[];
}
