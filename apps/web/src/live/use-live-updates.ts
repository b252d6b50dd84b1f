import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LIVE_KINDS, parseLiveMessage, type LiveMessage, type QueryKeyPrefix } from './live-kinds';

// Listens to a live event stream while the component is shown and marks stale what each event
// touches; the pages then refetch through the normal, permission-checked routes. EventSource
// reconnects by itself and sends Last-Event-ID, so missed events are replayed (or a reset comes).
export function useLiveUpdates(url: string | null, keysFor: (message: LiveMessage | 'reset') => QueryKeyPrefix[], onMessage?: (message: LiveMessage) => void): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!url || typeof EventSource === 'undefined') return;
    const source = new EventSource(url, { withCredentials: true });
    const invalidate = (message: LiveMessage | 'reset') => {
      for (const queryKey of keysFor(message)) void client.invalidateQueries({ queryKey: [...queryKey] });
    };
    const onEvent = (event: MessageEvent<string>) => {
      const message = parseLiveMessage(event.data);
      if (!message) return;
      invalidate(message);
      onMessage?.(message);
    };
    for (const kind of LIVE_KINDS) source.addEventListener(kind, onEvent);
    source.addEventListener('reset', () => invalidate('reset'));
    return () => source.close();
    // keysFor and onMessage are read when events come; a new URL is a new stream.
  }, [url, client]);
}
