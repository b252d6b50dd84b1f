import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AFTER_FETCH, IMAP_SECURITY, MailboxView } from '@tessera/mailboxes';

export class MailboxResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Student office' }) name!: string;
  @ApiProperty({ example: 'suport@etsetb.example.edu' }) address!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) helpTopicId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) priorityId!: string | null;
  @ApiPropertyOptional({ example: 'imap.example.edu', nullable: true, type: String }) imapHost!: string | null;
  @ApiPropertyOptional({ example: 993, nullable: true, type: Number }) imapPort!: number | null;
  @ApiProperty({ enum: IMAP_SECURITY }) imapSecurity!: string;
  @ApiPropertyOptional({ example: 'suport', nullable: true, type: String }) imapUser!: string | null;
  @ApiProperty({ description: 'whether a password is stored (it is never returned)' }) hasPassword!: boolean;
  @ApiProperty({ example: 'INBOX' }) imapFolder!: string;
  @ApiProperty({ example: 300 }) fetchIntervalSeconds!: number;
  @ApiProperty({ enum: AFTER_FETCH }) afterFetch!: string;
  @ApiPropertyOptional({ example: 'Tessera', nullable: true, type: String }) afterFetchFolder!: string | null;
  @ApiProperty() autoResponse!: boolean;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ description: 'whether an MTA pipe token exists' }) hasInboundToken!: boolean;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'the last successful fetch' }) lastFetchAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Login failed: authentication rejected', description: 'why the last fetch failed' }) lastError!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastErrorAt!: Date | null;
  @ApiProperty({ example: 0, description: 'failed fetches in a row' }) consecutiveFailures!: number;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'when the mailbox is fetched next if not at its interval: a failing one backs off; null: one interval after the last fetch' })
  nextFetchAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of({ mailbox, hasPassword, hasInboundToken }: MailboxView): MailboxResponse {
    const { tenantId, imapSecret, inboundTokenHash, uidValidity, lastUid, ...rest } = mailbox;
    return { ...rest, hasPassword, hasInboundToken };
  }
}

export class InboundTokenResponse {
  @ApiProperty({ example: 'tsm_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk', description: 'shown this once; the MTA sends it as Authorization: Bearer <token>' })
  token!: string;
}
