// File names for attachments: the sender's name made safe to show and to offer for download, or
// one made up from the content type when the sender gave none.

const MAX_NAME_LENGTH = 200;

// Stem and extension by content type; anything else is `attachment.bin`.
const KNOWN: Record<string, [string, string]> = {
  'text/plain': ['text', 'txt'],
  'text/html': ['message', 'html'],
  'text/csv': ['table', 'csv'],
  'text/calendar': ['invitation', 'ics'],
  'text/vcard': ['contact', 'vcf'],
  'text/x-vcard': ['contact', 'vcf'],
  'text/xml': ['document', 'xml'],
  'text/rfc822-headers': ['original-headers', 'txt'],
  'message/rfc822': ['message', 'eml'],
  'message/delivery-status': ['delivery-status', 'txt'],
  'message/disposition-notification': ['disposition-notification', 'txt'],
  'message/feedback-report': ['feedback-report', 'txt'],
  'image/png': ['image', 'png'],
  'image/jpeg': ['image', 'jpg'],
  'image/jpg': ['image', 'jpg'],
  'image/pjpeg': ['image', 'jpg'],
  'image/gif': ['image', 'gif'],
  'image/webp': ['image', 'webp'],
  'image/bmp': ['image', 'bmp'],
  'image/tiff': ['image', 'tif'],
  'image/svg+xml': ['image', 'svg'],
  'application/pdf': ['document', 'pdf'],
  'application/zip': ['archive', 'zip'],
  'application/gzip': ['archive', 'gz'],
  'application/json': ['data', 'json'],
  'application/xml': ['document', 'xml'],
  'application/msword': ['document', 'doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['document', 'docx'],
  'application/vnd.ms-excel': ['spreadsheet', 'xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['spreadsheet', 'xlsx'],
  'application/ms-tnef': ['winmail', 'dat'],
  'application/vnd.ms-tnef': ['winmail', 'dat'],
  'application/pgp-signature': ['signature', 'asc'],
  'application/pgp-encrypted': ['encrypted', 'asc'],
  'application/pkcs7-signature': ['smime', 'p7s'],
  'application/x-pkcs7-signature': ['smime', 'p7s'],
  'application/pkcs7-mime': ['smime', 'p7m'],
  'application/x-pkcs7-mime': ['smime', 'p7m'],
  'audio/mpeg': ['audio', 'mp3'],
  'video/mp4': ['video', 'mp4'],
};

export function extensionFor(contentType: string): string {
  return KNOWN[contentType.toLowerCase()]?.[1] ?? 'bin';
}

// Keeps the last path segment only (a name like `..\..\x.exe` or `/etc/passwd` names no place),
// without control characters, and short enough for any file system.
export function safeFilename(name: string): string | null {
  const base = name.replace(/[\0-\x1f\x7f]/g, '').split(/[\\/]/).pop() ?? '';
  const trimmed = base.trim().replace(/^\.+/, '').trim();
  if (!trimmed) return null;
  if (trimmed.length <= MAX_NAME_LENGTH) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  const extension = dot > 0 && trimmed.length - dot <= 10 ? trimmed.slice(dot) : '';
  return trimmed.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

// A name from the content type, unique among `taken` (`image.png`, `image-2.png`, ...). `stem`
// overrides the type's own, e.g. an attached mail's subject.
export function generatedFilename(contentType: string, taken: ReadonlySet<string>, stem?: string | null): string {
  const [typeStem, extension] = KNOWN[contentType.toLowerCase()] ?? ['attachment', 'bin'];
  const base = (stem && safeFilename(stem.replace(/[\\/]+/g, ' '))) || typeStem;
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.${extension}`;
  return name;
}
