import { createHmac, randomUUID } from 'node:crypto';
import { MailHeaders } from './inbound-message';

// Our own outgoing mail coming back in (a requester's address that forwards to one of our
// mailboxes, a mailbox that is also a department's sender) must be dropped, or every notice
// would open a ticket that sends a notice. The contract between sender and receiver:
// - every mail an instance sends carries `X-Tessera-Loop: <loop token>`;
// - its Message-ID is `<random>.<loop token>@<domain>` (from newMessageId), which survives
//   relays that strip unknown headers.
// The loop token is derived from the instance id and a deployment secret: stable, the same for
// sender and receiver, and it does not reveal the instance id.

export const LOOP_HEADER = 'X-Tessera-Loop';

export function loopToken(instanceId: string, secret: string): string {
  return createHmac('sha256', secret).update(`mail-loop:${instanceId}`).digest('hex').slice(0, 24);
}

// Headers every outgoing mail of the instance carries.
export function loopHeaders(token: string): Record<string, string> {
  return { [LOOP_HEADER]: token };
}

// A Message-ID for outgoing mail, without brackets (formatMessageId adds them).
export function newMessageId(token: string, domain: string, unique: string = randomUUID()): string {
  return `${unique}.${token}@${domain}`;
}

export type OwnMailEvidence = 'loop-header' | 'message-id';

// How the message shows it is one we sent, or null when it is not ours.
export function ownMail(message: { headers: MailHeaders; messageId: string }, token: string): OwnMailEvidence | null {
  const marks = message.headers.get(LOOP_HEADER.toLowerCase()) ?? [];
  if (marks.some((mark) => mark.trim() === token)) return 'loop-header';
  const local = message.messageId.slice(0, message.messageId.lastIndexOf('@'));
  return local.endsWith(`.${token}`) ? 'message-id' : null;
}
