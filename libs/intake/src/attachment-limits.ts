import type { InboundAttachment } from '@tessera/mail';
import { AttachmentLimits, AttachmentRefusal, attachmentRefusal } from '@tessera/tickets';

export interface DroppedAttachment {
  filename: string;
  contentType: string;
  size: number;
  reason: AttachmentRefusal;
}

// The parts of a message the instance keeps, and those it drops (each named in a note on the
// ticket). Never the whole message: only the offending parts go.
export function applyAttachmentLimits(
  attachments: readonly InboundAttachment[],
  limits: AttachmentLimits,
): { kept: InboundAttachment[]; dropped: DroppedAttachment[] } {
  const kept: InboundAttachment[] = [];
  const dropped: DroppedAttachment[] = [];
  for (const part of attachments) {
    const reason = attachmentRefusal(part, limits);
    if (reason) dropped.push({ filename: part.filename, contentType: part.contentType, size: part.size, reason });
    else kept.push(part);
  }
  return { kept, dropped };
}

// The internal note listing dropped parts, for agents.
export function droppedNote(dropped: readonly DroppedAttachment[], limits: AttachmentLimits): string {
  const lines = dropped.map(
    (part) =>
      `- ${part.filename} (${part.contentType}, ${part.size} bytes): ` +
      (part.reason === 'too-large' ? `larger than the limit of ${limits.maxBytes} bytes` : 'this type of file is not accepted'),
  );
  return ['Attachments of this mail were not kept:', ...lines].join('\n');
}
