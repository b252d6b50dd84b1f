import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class EventStreamQuery {
  @ApiPropertyOptional({
    description: 'The id of the last event received, to replay what was missed. EventSource sends the Last-Event-ID header itself when it reconnects; this is for a first connect after a page load.',
    example: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastEventId?: string;
}
