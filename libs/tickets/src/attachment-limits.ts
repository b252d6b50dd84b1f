// An instance's limits on files kept with tickets, from mail and from uploads alike.
export interface AttachmentLimits {
  // Largest file kept, in bytes.
  maxBytes: number;
  // Media types kept (`image/*` matches every image); empty: any type.
  types: readonly string[];
}

export type AttachmentRefusal = 'too-large' | 'type-not-allowed';

function typeAllowed(contentType: string, types: readonly string[]): boolean {
  if (types.length === 0) return true;
  const type = contentType.toLowerCase();
  return types.some((allowed) => (allowed.endsWith('/*') ? type.startsWith(allowed.slice(0, -1)) : type === allowed));
}

// Why a file of this size and type is not kept, or null when it is.
export function attachmentRefusal(file: { size: number; contentType: string }, limits: AttachmentLimits): AttachmentRefusal | null {
  if (file.size > limits.maxBytes) return 'too-large';
  return typeAllowed(file.contentType, limits.types) ? null : 'type-not-allowed';
}

export function attachmentLimitsOf(settings: { attachmentMaxBytes: number; attachmentTypes: readonly string[] }): AttachmentLimits {
  return { maxBytes: settings.attachmentMaxBytes, types: settings.attachmentTypes };
}
