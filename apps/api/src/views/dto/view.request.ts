import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { QUEUE_SORTS, QueueSort } from '@tessera/tickets';
import { VIEW_COLUMNS, VIEW_NAME_MAX_LENGTH, VIEW_POSITION, ViewColumn } from '@tessera/views';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';
import { QueueFilters } from '../../tickets/dto/ticket.request';

export class CreateViewRequest {
  @ApiProperty({ example: 'Printers, overdue first', maxLength: VIEW_NAME_MAX_LENGTH, description: 'unique among my views' })
  @IsString()
  @Length(1, VIEW_NAME_MAX_LENGTH)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ example: 0, minimum: VIEW_POSITION.min, maximum: VIEW_POSITION.max, description: 'display order; default: after my last view' })
  @OptionalNotNull()
  @IsInt()
  @Min(VIEW_POSITION.min)
  @Max(VIEW_POSITION.max)
  position?: number;

  @ApiProperty({ enum: VIEW_COLUMNS, isArray: true, example: ['reference', 'subject', 'status', 'dueAt'], description: 'in display order, each once' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(VIEW_COLUMNS.length)
  @ArrayUnique()
  @IsIn(VIEW_COLUMNS, { each: true })
  columns!: ViewColumn[];

  @ApiProperty({ enum: QUEUE_SORTS, example: 'due', description: 'as GET tickets takes it' })
  @IsIn(QUEUE_SORTS)
  sort!: QueueSort;

  @ApiProperty({ type: QueueFilters, description: 'the queue and filters of GET tickets, with its rules; state is a list' })
  @IsObject()
  @ValidateNested()
  @Type(() => QueueFilters)
  filters!: QueueFilters;
}

export class UpdateViewRequest extends PartialType(CreateViewRequest, { skipNullProperties: false }) {}
