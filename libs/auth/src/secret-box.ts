import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Secrets Tessera must use later (mailbox passwords) are stored sealed: AES-256-GCM under a key
// derived from TESSERA_SECRET_KEY. A database dump alone does not reveal them; changing the
// deployment's key makes them unreadable (managers then enter them again).

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFrom(secretKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'tessera', 'stored secrets v1', 32));
}

export function sealSecret(secretKey: string, plaintext: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secretKey), iv);
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), sealed]);
}

// The plaintext, or null when the box was sealed under another key or tampered with.
export function openSecret(secretKey: string, box: Buffer): string | null {
  if (box.length < 1 + IV_BYTES + TAG_BYTES || box[0] !== VERSION) return null;
  const iv = box.subarray(1, 1 + IV_BYTES);
  const tag = box.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(secretKey), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(box.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
