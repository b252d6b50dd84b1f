import { newId } from '@tessera/database';
import type { EntityManager } from 'typeorm';
import { hashToken, newSessionToken } from './session-token';
import { Staff, StaffSession } from './staff.entity';

export interface SignedIn {
  kind: 'signed-in';
  token: string;
  expiresAt: Date;
  staff: Staff;
}

// A new session of an agent whose sign-in is complete (password, and a second factor where one
// is needed), in the caller's tenant transaction.
export async function openStaffSession(manager: EntityManager, tenantId: string, staff: Staff, ttlMinutes: number): Promise<SignedIn> {
  const token = newSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
  await manager.insert(StaffSession, { tenantId, id: newId(), staffId: staff.id, tokenHash: hashToken(token), createdAt: now, expiresAt });
  await manager.update(Staff, { id: staff.id }, { lastLoginAt: now });
  staff.passwordHash = null;
  staff.lastLoginAt = now;
  return { kind: 'signed-in', token, expiresAt, staff };
}
