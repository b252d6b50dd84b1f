import type { InboundKind, InboundStatus } from '@tessera/mailboxes';

// Where a raw message came from.
export interface IntakeSource {
  mailboxId: string;
  // How it reached us: fetched from the mailbox's IMAP folder, or piped by an MTA.
  via: 'imap' | 'pipe';
}

// What the intake pipeline did with one message.
export interface IntakeResult {
  // accepted: it went into a ticket; flagged: kept raw for an agent; dropped: our own mail come
  // back; refused: its sender has too many open tickets (a notice tells them).
  status: InboundStatus;
  kind: InboundKind;
  // True when this Message-ID had been ingested before: nothing changed this time.
  duplicate: boolean;
  // The mail_messages row and the message's Message-ID (without brackets).
  mailMessageId: string;
  messageId: string;
  ticketId: string | null;
  reference: string | null;
  entryId: string | null;
  // True when the message opened a new ticket (also a follow-up of a closed one).
  created: boolean;
}
