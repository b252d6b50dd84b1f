import type { Response } from 'express';

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

// Sends stored file content as a download. The type comes from a sender we do not trust: only a
// well-formed media type is passed on, and the file is always an attachment (never rendered in
// the API's origin; the API's Content-Security-Policy and nosniff apply too).
export function sendFile(response: Response, file: { filename: string; contentType: string }, content: Buffer): void {
  const type = MEDIA_TYPE.test(file.contentType) ? file.contentType.toLowerCase() : 'application/octet-stream';
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  response.setHeader('Content-Length', String(content.length));
  response.setHeader('Cache-Control', 'private, no-store');
  response.end(content);
}
