import { useCallback, useEffect, useRef, useState } from 'react';
import { api, data } from '../../api/client';
import { isProblem } from '../../api/problem';
import { useInstance } from '../../shell/instance-context';
import { lockNeedsTaking, type HeldLock } from './lock-timing';

// The reply's composing lock: taken on typing, renewed while typing, released on sending,
// cancelling or leaving the page. `refusedBy` names the colleague whose lock refused ours.
export function useComposingLock(reference: string) {
  const { slug } = useInstance();
  const held = useRef<HeldLock | null>(null);
  const asking = useRef(false);
  const [refusedBy, setRefusedBy] = useState<string | null>(null);

  const typing = useCallback(async () => {
    if (asking.current || !lockNeedsTaking(held.current, Date.now())) return;
    asking.current = true;
    try {
      const lock = await data(api.POST('/api/v1/t/{slug}/tickets/{reference}/lock', { params: { path: { slug, reference } } }));
      held.current = { takenAt: Date.now(), expiresAt: Date.parse(lock.expiresAt as unknown as string) };
      setRefusedBy(null);
    } catch (error) {
      held.current = null;
      if (isProblem(error, 'ticket.locked')) setRefusedBy((error.body.lockedBy as { name?: string } | undefined)?.name ?? '');
    } finally {
      asking.current = false;
    }
  }, [slug, reference]);

  const release = useCallback(async () => {
    if (!held.current) return;
    held.current = null;
    await api.DELETE('/api/v1/t/{slug}/tickets/{reference}/lock', { params: { path: { slug, reference } }, keepalive: true }).catch(() => undefined);
  }, [slug, reference]);

  // A sent reply releases the lock on the server.
  const forget = useCallback(() => {
    held.current = null;
  }, []);

  useEffect(() => {
    const leave = () => void release();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [release]);

  return { typing, release, forget, refusedBy, clearRefusal: () => setRefusedBy(null) };
}
