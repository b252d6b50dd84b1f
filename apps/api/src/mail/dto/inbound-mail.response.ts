import { ApiProperty } from '@nestjs/swagger';
import { INBOUND_KINDS, INBOUND_STATUSES } from '@tessera/mailboxes';
import { IntakeResult } from '@tessera/intake';

export class InboundMailResponse {
  @ApiProperty({ enum: INBOUND_STATUSES, description: 'accepted: into a ticket; flagged: kept for an agent; dropped: our own mail; refused: over the open-ticket limit' })
  status!: string;
  @ApiProperty({ enum: INBOUND_KINDS, description: 'what the message is' }) kind!: string;
  @ApiProperty({ description: 'true when this Message-ID had been received before: nothing changed', example: false }) duplicate!: boolean;
  @ApiProperty({ description: 'the Message-ID, without brackets', example: 'CAF=x1y2@mail.example.org' }) messageId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the ticket the message went into', example: 'suport#310' }) reference!: string | null;
  @ApiProperty({ description: 'true when the message opened a new ticket', example: true }) created!: boolean;

  static of(result: IntakeResult): InboundMailResponse {
    const { status, kind, duplicate, messageId, reference, created } = result;
    return { status, kind, duplicate, messageId, reference, created };
  }
}
