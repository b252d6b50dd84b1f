import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid, newId } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { In } from 'typeorm';
import { attachmentLimitsOf, attachmentRefusal } from './attachment-limits';
import { Attachment } from './attachment.entities';
import { CannedResponseFile } from './canned-response.entities';
import { BlobStore } from './blob-store';
import { TicketEntry } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';

export interface NewAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  contentId?: string | null;
  isInline?: boolean;
}

export interface AttachmentSummary {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  contentId: string | null;
  isInline: boolean;
}

// Files of thread entries. Equal contents are stored once per instance. Runs in the tenant
// transaction; callers decide who may read which entry.
@Injectable()
export class AttachmentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly blobs: BlobStore,
    private readonly directory: DirectoryService,
  ) {}

  async attach(entry: TicketEntry, files: NewAttachment[]): Promise<AttachmentSummary[]> {
    const rows: Attachment[] = [];
    for (const file of files) {
      const sha256 = await this.blobs.store(file.content);
      const row = Object.assign(new Attachment(), {
        tenantId: entry.tenantId,
        id: newId(),
        entryId: entry.id,
        sha256,
        filename: file.filename,
        contentType: file.contentType,
        size: String(file.content.length),
        contentId: file.contentId ?? null,
        isInline: file.isInline ?? false,
        createdAt: new Date(),
      });
      await this.db.manager.insert(Attachment, row);
      rows.push(row);
    }
    return rows.map(summary);
  }

  // Files a person uploads with a reply or a note: all of them within the instance's limits, or
  // the request is refused naming the first file that is not (and the transaction writes nothing).
  async attachUploads(entry: TicketEntry, files: NewAttachment[]): Promise<AttachmentSummary[]> {
    if (files.length === 0) return [];
    await this.checkUploads(files);
    return this.attach(entry, files);
  }

  // Refuses the first uploaded file outside the instance's limits (size, types), naming it.
  async checkUploads(files: NewAttachment[]): Promise<void> {
    if (files.length === 0) return;
    const limits = attachmentLimitsOf(await this.directory.settings());
    for (const file of files) {
      const reason = attachmentRefusal({ size: file.content.length, contentType: file.contentType }, limits);
      if (reason) {
        const why = reason === 'too-large' ? `is larger than the limit of ${limits.maxBytes} bytes` : `is of a type this helpdesk does not accept (${file.contentType})`;
        throw new TicketError(TicketErrorCode.AttachmentRefused, `The file "${file.filename}" ${why}`, {
          field: 'files',
          filename: file.filename,
          reason,
          maxBytes: limits.maxBytes,
          types: [...limits.types],
        });
      }
    }
  }

  // A canned response's files, attached to the entry that sends it as the entry's own rows (of
  // the same blobs): they stay when the response or its files are removed.
  async attachCanned(entry: TicketEntry, cannedResponseId: string): Promise<void> {
    const files = await this.db.manager.find(CannedResponseFile, { where: { cannedResponseId }, order: { filename: 'ASC', id: 'ASC' } });
    for (const file of files) {
      const { sha256, filename, contentType, size } = file;
      await this.db.manager.insert(Attachment, { tenantId: entry.tenantId, id: newId(), entryId: entry.id, sha256, filename, contentType, size, contentId: null, isInline: false, createdAt: new Date() });
    }
  }

  // The attachments of these entries, by entry id.
  async ofEntries(entryIds: string[]): Promise<Map<string, AttachmentSummary[]>> {
    const byEntry = new Map<string, AttachmentSummary[]>();
    if (entryIds.length === 0) return byEntry;
    const rows = await this.db.manager.find(Attachment, { where: { entryId: In(entryIds) }, order: { id: 'ASC' } });
    for (const row of rows) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), summary(row)]);
    return byEntry;
  }

  // One attachment of one ticket with its content, or not found.
  async open(ticketId: string, attachmentId: string): Promise<{ attachment: AttachmentSummary; entry: TicketEntry; content: Buffer }> {
    const notFound = () => new TicketError(TicketErrorCode.NotFound, `No attachment ${attachmentId} on this ticket`);
    const attachment = isUuid(attachmentId) ? await this.db.manager.findOneBy(Attachment, { id: attachmentId }) : null;
    const entry = attachment ? await this.db.manager.findOneBy(TicketEntry, { id: attachment.entryId, ticketId }) : null;
    const content = attachment && entry ? await this.blobs.get(attachment.sha256) : null;
    if (!attachment || !entry || !content) throw notFound();
    return { attachment: summary(attachment), entry, content };
  }
}

function summary(row: Attachment): AttachmentSummary {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.contentType,
    size: Number(row.size),
    contentId: row.contentId,
    isInline: row.isInline,
  };
}
