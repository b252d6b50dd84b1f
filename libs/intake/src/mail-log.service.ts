import { Injectable } from '@nestjs/common';
import { DomainError } from '@tessera/errors';
import { Page, TenantDatabase, decodeCursor, isUuid, pageOf } from '@tessera/database';
import { InboundStatus, MailMessage } from '@tessera/mailboxes';
import { BlobStore, Ticket, TicketEntry } from '@tessera/tickets';
import { In } from 'typeorm';

export interface MailLogQuery {
  status?: InboundStatus;
  // Only flagged mail no agent dealt with yet.
  unreviewed?: boolean;
  cursor?: string;
  limit: number;
}

export interface MailLogEntry {
  message: MailMessage;
  reference: string | null;
}

function notFound(id: string): DomainError {
  return new DomainError('not_found', 'mail.not-found', `No received mail with id ${id}`);
}

// The mail an instance received, newest first, for managers: above all what was flagged for a
// person to look at (unreadable, no sender, a bounce for no known ticket), with the raw message.
// Runs in the tenant transaction.
@Injectable()
export class MailLogService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly blobs: BlobStore,
  ) {}

  async list(query: MailLogQuery): Promise<Page<MailLogEntry>> {
    const select = this.db.manager.createQueryBuilder(MailMessage, 'm').where("m.direction = 'in'").orderBy('m.id', 'DESC').take(query.limit + 1);
    if (query.status) select.andWhere('m.status = :status', { status: query.status });
    if (query.unreviewed) select.andWhere('m.reviewed_at is null');
    if (query.cursor) select.andWhere('m.id < :cursor', { cursor: decodeCursor(query.cursor) });
    const page = pageOf(await select.getMany(), query.limit);
    const ticketIds = page.items.map((m) => m.ticketId).filter((id): id is string => id !== null);
    const tickets = ticketIds.length ? await this.db.manager.find(Ticket, { where: { id: In(ticketIds) }, select: { id: true, reference: true } }) : [];
    const references = new Map(tickets.map((t) => [t.id, t.reference]));
    return { items: page.items.map((message) => ({ message, reference: message.ticketId ? (references.get(message.ticketId) ?? null) : null })), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<MailLogEntry> {
    const message = await this.inbound(id);
    const ticket = message.ticketId ? await this.db.manager.findOneBy(Ticket, { id: message.ticketId }) : null;
    return { message, reference: ticket?.reference ?? null };
  }

  // The message as received.
  async raw(id: string): Promise<Buffer> {
    const message = await this.inbound(id);
    const content = message.rawSha256 ? await this.blobs.get(message.rawSha256) : null;
    if (!content) throw notFound(id);
    return content;
  }

  // The raw message behind one thread entry of a ticket (the original with its quoted history);
  // the caller checks that it may read that entry.
  async ofTicket(ticketId: string, id: string): Promise<{ message: MailMessage; entry: TicketEntry; content: Buffer }> {
    const message = isUuid(id) ? await this.db.manager.findOneBy(MailMessage, { id, direction: 'in', ticketId }) : null;
    const entry = message?.entryId ? await this.db.manager.findOneBy(TicketEntry, { id: message.entryId, ticketId }) : null;
    const content = message?.rawSha256 && entry ? await this.blobs.get(message.rawSha256) : null;
    if (!message || !entry || !content) throw notFound(id);
    return { message, entry, content };
  }

  // Someone looked at a flagged message (and, say, forwarded it or opened a ticket by hand).
  async markReviewed(id: string, staffId: string): Promise<MailLogEntry> {
    const message = await this.inbound(id);
    if (message.status !== 'flagged') {
      throw new DomainError('conflict', 'mail.not-flagged', `This mail was ${message.status}, not flagged: there is nothing to review`);
    }
    await this.db.manager.update(MailMessage, { id }, { reviewedAt: new Date(), reviewedByStaffId: staffId });
    return this.get(id);
  }

  private async inbound(id: string): Promise<MailMessage> {
    const message = isUuid(id) ? await this.db.manager.findOneBy(MailMessage, { id, direction: 'in' }) : null;
    if (!message) throw notFound(id);
    return message;
  }
}
