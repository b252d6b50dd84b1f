import type { InboundMessage } from '@tessera/mail';

// Where a mail that opens a new ticket goes. The mailbox gives the defaults; filters may change them.
export interface IntakeRoute {
  departmentId: string;
  helpTopicId: string | null;
  priorityId: string | null;
}

// The hook the instance's mail filters run at: after loop checks and threading, before a new
// ticket is opened. Registered under MAIL_FILTERS; none ship yet.
export interface MailFilter {
  route(message: InboundMessage, route: IntakeRoute): IntakeRoute | Promise<IntakeRoute>;
}

export const MAIL_FILTERS = Symbol('MAIL_FILTERS');
