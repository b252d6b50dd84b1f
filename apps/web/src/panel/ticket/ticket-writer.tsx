import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { isProblem } from '../../api/problem';
import { ticketChanges, type TicketChanges } from './ticket-changes';
import { etagOf, threadKey, ticketKey, type Entry, type Ticket } from './ticket-model';
import { StaleDialog } from './stale-dialog';

// One write on the ticket, given the If-Match of the version the agent acted on. It answers the
// ticket afterwards, or nothing (a reply, or the ticket gone from sight).
export type TicketWrite = (ifMatch: string) => Promise<unknown>;

export interface StaleWrite {
  label: string;
  write: TicketWrite;
  changes: TicketChanges;
  after?: (result: unknown) => void;
}

interface Writer {
  // Runs the write against the version on screen. A stale answer opens the dialog that shows
  // what changed and offers to apply the write again; other problems are thrown to the caller.
  // Resolves to true once written, false when refused as stale.
  perform(label: string, write: TicketWrite, after?: (result: unknown) => void): Promise<boolean>;
}

const WriterContext = createContext<Writer | null>(null);

export function useTicketWriter(): Writer {
  const writer = useContext(WriterContext);
  if (!writer) throw new Error('useTicketWriter outside TicketWriter');
  return writer;
}

const isTicket = (value: unknown): value is Ticket => !!value && typeof value === 'object' && 'version' in value && 'reference' in value;

export function TicketWriter({ reference, children }: { reference: string; children: ReactNode }) {
  const client = useQueryClient();
  const [stale, setStale] = useState<StaleWrite | null>(null);
  const staleRef = useRef(stale);
  staleRef.current = stale;

  const perform = useCallback(
    async (label: string, write: TicketWrite, after?: (result: unknown) => void) => {
      const held = client.getQueryData<Ticket>(ticketKey(reference));
      const heldThread = client.getQueryData<Entry[]>(threadKey(reference)) ?? [];
      if (!held) return false;
      try {
        const result = await write(etagOf(held));
        if (isTicket(result) && result.reference === held.reference) client.setQueryData(ticketKey(reference), result);
        await client.invalidateQueries({ queryKey: ticketKey(reference) });
        after?.(result);
        return true;
      } catch (error) {
        if (!isProblem(error, 'ticket.stale')) throw error;
        await client.refetchQueries({ queryKey: ticketKey(reference) });
        const fresh = client.getQueryData<Ticket>(ticketKey(reference)) ?? held;
        const freshThread = client.getQueryData<Entry[]>(threadKey(reference)) ?? heldThread;
        setStale({ label, write, after, changes: ticketChanges(held, fresh, heldThread, freshThread) });
        return false;
      }
    },
    [client, reference],
  );

  const writer = useMemo(() => ({ perform }), [perform]);
  return (
    <WriterContext.Provider value={writer}>
      {children}
      <StaleDialog
        stale={stale}
        onDiscard={() => setStale(null)}
        onApply={async () => {
          const current = staleRef.current;
          if (!current) return;
          // Throws the problem of a refused write for the dialog to show; a new stale answer
          // replaces the dialog's contents.
          setStale(null);
          try {
            await perform(current.label, current.write, current.after);
          } catch (error) {
            setStale(current);
            throw error;
          }
        }}
      />
    </WriterContext.Provider>
  );
}
