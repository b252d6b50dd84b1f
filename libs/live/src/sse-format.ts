import { LiveEvent } from './live-events';

// The text/event-stream wire format (WHATWG HTML, "Server-sent events"). Pure.

// One event: the outbox id (the client's Last-Event-ID on reconnect), the kind as the event
// type, and the ids as JSON data.
export function sseEvent(event: LiveEvent): string {
  const data = { kind: event.kind, ticketId: event.ticketId ?? null, reference: event.reference ?? null };
  return `id: ${oneLine(event.id)}\nevent: ${event.kind}\ndata: ${JSON.stringify(data)}\n\n`;
}

// Missed events cannot be replayed: the client refetches everything it shows.
export function sseReset(): string {
  return `event: reset\ndata: ${JSON.stringify({ kind: 'reset' })}\n\n`;
}

// An id without data dispatches no event but sets the client's last event id, so a reconnect
// resumes from here even when no event came.
export function ssePosition(id: string): string {
  return `id: ${oneLine(id)}\n\n`;
}

// How long the client waits before reconnecting.
export function sseRetry(milliseconds: number): string {
  return `retry: ${Math.max(0, Math.round(milliseconds))}\n\n`;
}

// Ignored by clients; keeps proxies from closing an idle connection.
export function sseComment(text: string): string {
  return `: ${oneLine(text)}\n\n`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
