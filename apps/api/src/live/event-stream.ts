import { Get, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { LiveSink } from '@tessera/live';
import type { Request, Response } from 'express';
import { OwnTransactions } from '../instance/instance-request';

const HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  // Reverse proxies (nginx) must pass events on at once instead of buffering them.
  'X-Accel-Buffering': 'no',
};

const FORMAT =
  'Server-sent events. Each event: `id` (the outbox id, UUID v7), `event` (the kind, e.g. ticket.response) and `data` ' +
  '(JSON {kind, ticketId, reference}); ids and kinds only: fetch the ticket through its route. `event: reset` means events ' +
  'were missed and cannot be replayed: refetch everything shown. A comment every 25 s keeps the connection open; streams end ' +
  'after 15 minutes and the client reconnects.';

// A GET route answering a live stream. It opens no request-long transaction (a stream may stay
// open for minutes): the service reads what it needs in short ones.
export function EventStreamRoute(path: string, audience: string) {
  return applyDecorators(
    Get(path),
    OwnTransactions(),
    ApiProduces('text/event-stream'),
    ApiHeader({ name: 'Last-Event-ID', required: false, description: 'sent by EventSource on reconnect: replays what was missed (at most 500 events)' }),
    ApiOkResponse({ description: `${audience} ${FORMAT}`, content: { 'text/event-stream': { schema: { type: 'string' } } } }),
  );
}

// Where the client resumes: the Last-Event-ID header of a reconnect, else the query parameter.
export function lastEventIdOf(request: Request, query: string | undefined): string | null {
  const header = request.headers['last-event-id'];
  const id = (Array.isArray(header) ? header[0] : header) ?? query;
  return id?.trim() || null;
}

// The response as a stream's sink: headers go out with the first write, which comes only once
// every check passed (a refusal before that is an ordinary problem+json answer).
export function eventStreamSink(response: Response): LiveSink {
  return {
    write(chunk) {
      if (response.writableEnded || response.destroyed) return;
      if (!response.headersSent) {
        response.status(200).set(HEADERS);
        response.flushHeaders();
        response.socket?.setNoDelay(true);
      }
      response.write(chunk);
    },
    // A stream refused before it started leaves the response to the error filter.
    end() {
      if (response.headersSent && !response.writableEnded) response.end();
    },
    onClose(callback) {
      response.once('close', callback);
    },
  };
}
