import { randomInt } from 'node:crypto';
import { hashToken } from './session-token';

export const RECOVERY_CODE_COUNT = 10;

// Letters and digits that cannot be read one for another (no 0/O, 1/I/L).
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

// Ten characters (about 49 bits) in two groups: `ABCDE-23456`. Pure.
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

// What is hashed and compared: case, spaces and dashes as typed do not matter.
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): Buffer {
  return hashToken(`recovery\0${normalizeRecoveryCode(code)}`);
}

export function looksLikeRecoveryCode(code: string): boolean {
  return new RegExp(`^[${ALPHABET}]{10}$`).test(normalizeRecoveryCode(code));
}
