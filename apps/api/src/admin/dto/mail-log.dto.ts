import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Page } from '@tessera/database';
import { MailLogEntry } from '@tessera/intake';
import { INBOUND_KINDS, INBOUND_STATUSES, InboundStatus } from '@tessera/mailboxes';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { BooleanText, PageQuery } from '../../http/request-fields';

export class MailLogQueryRequest extends PageQuery {
  @ApiPropertyOptional({ enum: INBOUND_STATUSES, description: 'only mail the intake treated this way' })
  @IsOptional()
  @IsIn(INBOUND_STATUSES)
  status?: InboundStatus;

  @ApiPropertyOptional({ type: Boolean, example: true, description: 'true: only mail nobody has reviewed yet' })
  @IsOptional()
  @BooleanText()
  @IsBoolean()
  unreviewed?: boolean;
}

export class MailLogResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CAF=x1y2@mail.example.org', description: 'the Message-ID, without brackets' }) messageId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'the mailbox it came in through' }) mailboxId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'marta.soler@example.org', description: 'the sender' }) address!: string | null;
  @ApiProperty({ example: 'Printer on fire' }) subject!: string;
  @ApiProperty({ enum: INBOUND_KINDS }) kind!: string;
  @ApiProperty({ enum: INBOUND_STATUSES }) status!: string;
  @ApiProperty({ type: [String], example: ['bounce-unmatched: a delivery report for x@example.org that concerns no known ticket'], description: 'why, for a person' })
  problems!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'suport#310', description: 'the ticket it went into' }) reference!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) receivedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'when someone reviewed it (flagged mail)' }) reviewedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) reviewedByStaffId!: string | null;

  static of({ message, reference }: MailLogEntry): MailLogResponse {
    const { id, messageId, mailboxId, address, subject, kind, status, problems, receivedAt, reviewedAt, reviewedByStaffId } = message;
    return { id, messageId, mailboxId, address, subject, kind: kind!, status, problems, reference, receivedAt, reviewedAt, reviewedByStaffId };
  }
}

export class MailLogPageResponse {
  @ApiProperty({ type: [MailLogResponse] }) items!: MailLogResponse[];
  @ApiPropertyOptional({ nullable: true, type: String, example: 'MDE5MzhmNmUtNTMwMS03YjJlLThjNTUtNmExZDNlOWYwYTIy', description: 'pass as ?cursor= for the next page' })
  nextCursor!: string | null;

  static of(page: Page<MailLogEntry>): MailLogPageResponse {
    return { items: page.items.map(MailLogResponse.of), nextCursor: page.nextCursor };
  }
}
