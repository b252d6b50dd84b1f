import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { TICKET_STATES, TicketState } from '@tessera/directory';
import { IsBoolean, IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateStatusRequest {
  @ApiProperty({ example: 'Waiting for documents' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: TICKET_STATES, example: 'pending', description: 'what the workflow does with tickets in it' })
  @IsIn(TICKET_STATES)
  state!: TicketState;

  @ApiPropertyOptional({ example: 'We are waiting for your documents', description: 'what requesters see; the name when left out' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 120)
  requesterLabel?: string;

  @ApiPropertyOptional({ example: 3, description: 'position in lists; after the last when left out' })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100_000)
  sortOrder?: number;

  @ApiPropertyOptional({ default: false, description: 'new tickets start here; must be in the state new or open' })
  @OptionalNotNull()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateStatusRequest extends PartialType(CreateStatusRequest, { skipNullProperties: false }) {}
