// Reads a text/event-stream response as it arrives, over a real connection (Node's fetch), the
// way a browser's EventSource does.

export interface StreamMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
  comment?: string;
}

export interface EventStream {
  status: number;
  contentType: string | null;
  // The answer of a refused stream (problem+json); empty for an open one.
  text: string;
  // Every message so far, heartbeats and positions included.
  messages: StreamMessage[];
  // The next message (after the last one `next` returned) that matches, within a bounded wait.
  next(what: string, match?: (message: StreamMessage) => boolean, timeoutMs?: number): Promise<StreamMessage>;
  // The next event (a message with a type), skipping comments and positions.
  nextEvent(timeoutMs?: number): Promise<StreamMessage & { event: string; json: Record<string, unknown> }>;
  // Resolves once the server has ended the stream.
  ended: Promise<void>;
  close(): Promise<void>;
}

export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const messages: StreamMessage[] = [];
  let wake: () => void = () => undefined;
  let cursor = 0;
  let finished = false;
  const stream: EventStream = {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: '',
    messages,
    ended: Promise.resolve(),
    async next(what, match = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = messages.findIndex((message, i) => i >= cursor && match(message));
        if (index >= 0) {
          cursor = index + 1;
          return messages[index];
        }
        if (finished) throw new Error(`${what}: the stream ended; it carried ${JSON.stringify(messages)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`${what} not received within ${timeoutMs} ms; the stream carried ${JSON.stringify(messages)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    async nextEvent(timeoutMs) {
      const message = await stream.next('an event', (m) => m.event !== undefined, timeoutMs);
      return { ...message, event: message.event!, json: JSON.parse(message.data ?? 'null') };
    },
    async close() {
      abort.abort();
      await stream.ended;
    },
  };
  if (response.status !== 200 || !response.body) {
    stream.text = await response.text();
    return stream;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  stream.ended = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          messages.push(parseBlock(buffer.slice(0, end)));
          buffer = buffer.slice(end + 2);
          wake();
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      finished = true;
      wake();
    }
  })();
  return stream;
}

function parseBlock(block: string): StreamMessage {
  const message: StreamMessage = {};
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === '') message.comment = value;
    else if (field === 'retry') message.retry = Number(value);
    else if (field === 'id' || field === 'event' || field === 'data') message[field] = field === 'data' && message.data !== undefined ? `${message.data}\n${value}` : value;
  }
  return message;
}
