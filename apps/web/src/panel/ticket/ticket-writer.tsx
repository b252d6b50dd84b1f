import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { isProblem } from '../../api/problem';
import { ticketChanges, type TicketChanges } from './ticket-changes';
import { etagOf, threadKey, ticketKey, type Entry, type Ticket } from './ticket-model';
import { StaleDialog } from './stale-dialog';

// One write on the ticket, given the If-Match of the version the agent acted on. It answers the
// ticket afterwards, or nothing (a reply, or the ticket gone from sight).
export type TicketWrite = (ifMatch: string) => Promise<unknown>;

// The ticket and its thread as the agent saw them when they began a write (opened a dialog,
// started typing): the write is checked against this version, not one live updates fetched since.
export interface TicketBasis {
  ticket: Ticket;
  thread: Entry[];
}

export interface StaleWrite {
  label: string;
  write: TicketWrite;
  changes: TicketChanges;
  // The ticket as the dialog shows it: applying again is checked against this version.
  basis: TicketBasis;
  after?: (result: unknown) => void;
}

export interface WriteOptions {
  // Where the agent began; the ticket on screen now when absent.
  basis?: TicketBasis | null;
  after?: (result: unknown) => void;
}

interface Writer {
  // The ticket on screen now, to begin a write on.
  basis(): TicketBasis | null;
  // Runs the write against the version the agent began on. A stale answer opens the dialog that
  // shows what changed since and offers to apply the write again; other problems are thrown to
  // the caller. Resolves to true once written, false when refused as stale.
  perform(label: string, write: TicketWrite, options?: WriteOptions): Promise<boolean>;
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
  // The agent's own writes on this page, by the version they replaced: a write begun before one
  // of them is checked against the version it made, so only colleagues' changes count as stale.
  const own = useRef(new Map<number, TicketBasis>());

  const current = useCallback((): TicketBasis | null => {
    const ticket = client.getQueryData<Ticket>(ticketKey(reference));
    return ticket ? { ticket, thread: client.getQueryData<Entry[]>(threadKey(reference)) ?? [] } : null;
  }, [client, reference]);

  const perform = useCallback(
    async (label: string, write: TicketWrite, { basis, after }: WriteOptions = {}) => {
      let held = basis ?? current();
      if (!held) return false;
      for (let next = own.current.get(held.ticket.version); next; next = own.current.get(held.ticket.version)) held = next;
      try {
        const result = await write(etagOf(held.ticket));
        if (isTicket(result) && result.reference === held.ticket.reference) client.setQueryData(ticketKey(reference), result);
        await client.invalidateQueries({ queryKey: ticketKey(reference) });
        const written = current();
        if (written && written.ticket.version === held.ticket.version + 1) own.current.set(held.ticket.version, written);
        after?.(result);
        return true;
      } catch (error) {
        if (!isProblem(error, 'ticket.stale')) throw error;
        await client.refetchQueries({ queryKey: ticketKey(reference) });
        const fresh = current() ?? held;
        setStale({ label, write, after, basis: fresh, changes: ticketChanges(held.ticket, fresh.ticket, held.thread, fresh.thread) });
        return false;
      }
    },
    [client, reference, current],
  );

  const writer = useMemo(() => ({ basis: current, perform }), [current, perform]);
  return (
    <WriterContext.Provider value={writer}>
      {children}
      <StaleDialog
        stale={stale}
        onDiscard={() => setStale(null)}
        onApply={async () => {
          const shown = staleRef.current;
          if (!shown) return;
          // Throws the problem of a refused write for the dialog to show; a new stale answer
          // replaces the dialog's contents.
          setStale(null);
          try {
            await perform(shown.label, shown.write, { basis: shown.basis, after: shown.after });
          } catch (error) {
            setStale(shown);
            throw error;
          }
        }}
      />
    </WriterContext.Provider>
  );
}
