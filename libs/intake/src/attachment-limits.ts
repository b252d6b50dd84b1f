import type { InboundAttachment } from '@tessera/mail';

export interface AttachmentLimits {
  // Largest part kept, in bytes.
  maxBytes: number;
  // Media types kept (`image/*` matches every image); empty: any type.
  types: readonly string[];
}

export interface DroppedAttachment {
  filename: string;
  contentType: string;
  size: number;
  reason: 'too-large' | 'type-not-allowed';
}

function typeAllowed(contentType: string, types: readonly string[]): boolean {
  if (types.length === 0) return true;
  const type = contentType.toLowerCase();
  return types.some((allowed) => (allowed.endsWith('/*') ? type.startsWith(allowed.slice(0, -1)) : type === allowed));
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
    const reason = part.size > limits.maxBytes ? 'too-large' : !typeAllowed(part.contentType, limits.types) ? 'type-not-allowed' : null;
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
