import { LiveEvent } from './live-events';
import { LiveSink, LiveStream } from './live-stream';

const timing = { heartbeatMs: 25_000, retryMs: 3_000, lifetimeMs: 60_000 };
const event = (id: string, kind: LiveEvent['kind'] = 'ticket.response', ticketId = 'k'): LiveEvent => ({ id, tenantId: 't', kind, ticketId });

function sink() {
  const written: string[] = [];
  let closeClient: () => void = () => undefined;
  const target: LiveSink & { ended: boolean } = {
    ended: false,
    write: (chunk) => void written.push(chunk),
    end: () => void (target.ended = true),
    onClose: (callback) => void (closeClient = callback),
  };
  const ids = () => written.filter((chunk) => chunk.startsWith('id: ') && chunk.includes('event: ')).map((chunk) => chunk.slice(4, chunk.indexOf('\n')));
  return { target, written, ids, closeClient: () => closeClient() };
}

describe('one live stream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('holds live events back until the replay is written, and sends each event once', () => {
    const out = sink();
    const stream = new LiveStream(out.target, timing);
    stream.event(event('e2'));
    stream.event(event('e3'));
    expect(out.written).toEqual([]);
    stream.start({ viewer: { kind: 'agent' }, replay: [event('e1'), event('e2')], position: null });
    stream.event(event('e2'));
    stream.event(event('e4'));
    expect(out.written[0]).toBe('retry: 3000\n\n');
    expect(out.ids()).toEqual(['e1', 'e2', 'e3', 'e4']);
    stream.close();
  });

  it("writes only what the viewer may see", () => {
    const out = sink();
    const stream = new LiveStream(out.target, timing);
    stream.start({ viewer: { kind: 'requester', ticketId: 'k' }, replay: undefined, position: 'p1' });
    stream.event(event('e1', 'ticket.note'));
    stream.event(event('e2', 'ticket.response', 'other'));
    stream.event(event('e3', 'ticket.response'));
    expect(out.written).toContain('id: p1\n\n');
    expect(out.ids()).toEqual(['e3']);
    stream.close();
  });

  it('asks the client to start over when the replay cannot be made or events were lost', () => {
    const out = sink();
    const stream = new LiveStream(out.target, timing);
    stream.gap();
    stream.start({ viewer: { kind: 'agent' }, replay: [event('e1')], position: null });
    expect(out.written.filter((chunk) => chunk.startsWith('event: reset'))).toHaveLength(1);
    stream.gap();
    expect(out.written.filter((chunk) => chunk.startsWith('event: reset'))).toHaveLength(2);
    stream.close();
    const unknown = sink();
    new LiveStream(unknown.target, timing).start({ viewer: { kind: 'agent' }, replay: null, position: 'p9' });
    expect(unknown.written.slice(1)).toEqual(['event: reset\ndata: {"kind":"reset"}\n\n', 'id: p9\n\n']);
  });

  it('sends a heartbeat, ends after its lifetime and stops listening', () => {
    const out = sink();
    const stopListening = jest.fn();
    const stream = new LiveStream(out.target, timing);
    stream.attach(stopListening);
    stream.start({ viewer: { kind: 'agent' }, replay: undefined, position: null });
    jest.advanceTimersByTime(25_000);
    expect(out.written).toContain(': heartbeat\n\n');
    jest.advanceTimersByTime(35_000);
    expect(out.target.ended).toBe(true);
    expect(stopListening).toHaveBeenCalledTimes(1);
    stream.event(event('late'));
    expect(out.ids()).toEqual([]);
  });

  it('stops when the client goes away, even before it started', () => {
    const out = sink();
    const stopListening = jest.fn();
    const stream = new LiveStream(out.target, timing);
    out.closeClient();
    stream.attach(stopListening);
    stream.start({ viewer: { kind: 'agent' }, replay: undefined, position: 'p' });
    expect(stopListening).toHaveBeenCalledTimes(1);
    expect(out.written).toEqual([]);
    expect(jest.getTimerCount()).toBe(0);
  });
});
