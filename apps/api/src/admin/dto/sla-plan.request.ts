import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

// The longest target the API takes.
export const MINUTES_IN_A_YEAR = 525_600;

export class CreateSlaPlanRequest {
  @ApiProperty({ example: 'Exams period' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ example: 240, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MINUTES_IN_A_YEAR)
  firstResponseMinutes!: number;

  @ApiProperty({ example: 1440, minimum: 1, description: 'not shorter than the first-response target' })
  @IsInt()
  @Min(1)
  @Max(MINUTES_IN_A_YEAR)
  resolutionMinutes!: number;

  @ApiPropertyOptional({ example: 30, default: 0 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(MINUTES_IN_A_YEAR)
  graceMinutes?: number;

  @ApiPropertyOptional({ default: false, description: 'for tickets whose help topic has no plan; at most one' })
  @OptionalNotNull()
  @IsBoolean()
  isDefault?: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "the business hours the clock runs on (admin/schedules); null: around the clock in the instance's time zone" })
  @IsOptional()
  @IsUUID()
  scheduleId?: string | null;

  @ApiPropertyOptional({ example: 75, default: 75, nullable: true, type: Number, description: 'warn when this percentage of a target has run; null: no warning' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  warnPercent?: number | null;

  @ApiPropertyOptional({ default: true, description: "the clock stops while the ticket's status is in the pending state" })
  @OptionalNotNull()
  @IsBoolean()
  pauseWhenPending?: boolean;
}

export class UpdateSlaPlanRequest extends PartialType(CreateSlaPlanRequest, { skipNullProperties: false }) {}
