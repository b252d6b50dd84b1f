import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { AFTER_FETCH, IMAP_SECURITY } from '@tessera/mailboxes';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateMailboxRequest {
  @ApiProperty({ example: 'Student office' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ example: 'suport@etsetb.example.edu', description: 'the address requesters write to' })
  @IsEmail()
  @MaxLength(254)
  address!: string;

  @ApiProperty({ format: 'uuid', description: 'where new tickets from this mailbox go' })
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  helpTopicId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  priorityId?: string | null;

  @ApiPropertyOptional({ example: 'imap.example.edu', nullable: true, type: String, description: 'leave empty (with imapUser) for a mailbox fed only by an MTA pipe' })
  @IsOptional()
  @IsString()
  @Length(1, 253)
  imapHost?: string | null;

  @ApiPropertyOptional({ example: 993, nullable: true, type: Number, description: 'default 993 with tls, 143 otherwise' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  imapPort?: number | null;

  @ApiPropertyOptional({ enum: IMAP_SECURITY, default: 'tls' })
  @OptionalNotNull()
  @IsIn(IMAP_SECURITY)
  imapSecurity?: (typeof IMAP_SECURITY)[number];

  @ApiPropertyOptional({ example: 'suport', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 254)
  imapUser?: string | null;

  @ApiPropertyOptional({ example: 'an app password', nullable: true, type: String, writeOnly: true, description: 'stored encrypted, never returned; null removes it' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  imapPassword?: string | null;

  @ApiPropertyOptional({ example: 'INBOX', default: 'INBOX' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 200)
  imapFolder?: string;

  @ApiPropertyOptional({ example: 120, default: 300, minimum: 10, maximum: 86400 })
  @OptionalNotNull()
  @IsInt()
  @Min(10)
  @Max(86_400)
  fetchIntervalSeconds?: number;

  @ApiPropertyOptional({ enum: AFTER_FETCH, default: 'seen', description: 'mark seen, move to afterFetchFolder, or delete' })
  @OptionalNotNull()
  @IsIn(AFTER_FETCH)
  afterFetch?: (typeof AFTER_FETCH)[number];

  @ApiPropertyOptional({ example: 'Tessera', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  afterFetchFolder?: string | null;

  @ApiPropertyOptional({ default: true, description: 'send the new-ticket auto-response for mail of this mailbox' })
  @OptionalNotNull()
  @IsBoolean()
  autoResponse?: boolean;

  @ApiPropertyOptional({ default: true })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateMailboxRequest extends PartialType(CreateMailboxRequest, { skipNullProperties: false }) {}
