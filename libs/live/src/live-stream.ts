import { LiveListener } from './live-hub.service';
import { LiveEvent, LiveViewer, visibleTo } from './live-events';
import { sseComment, sseEvent, ssePosition, sseReset, sseRetry } from './sse-format';

// Where a stream writes: the HTTP response, as the API adapts it.
export interface LiveSink {
  write(chunk: string): void;
  end(): void;
  // Called once when the client goes away.
  onClose(callback: () => void): void;
}

export interface LiveTiming {
  heartbeatMs: number;
  retryMs: number;
  // Streams end after this long; the client reconnects and is authenticated again.
  lifetimeMs: number;
}

// What a stream starts with: the replay (null when the client must start over, undefined
// when it asked for none) and the position to resume from.
export interface LiveStart {
  viewer: LiveViewer;
  replay: LiveEvent[] | null | undefined;
  position: string | null;
}

// One client's stream. It listens before the replay is read and holds back live events until
// the replay is written, dropping those the replay already carried.
export class LiveStream implements LiveListener {
  private viewer: LiveViewer | null = null;
  private held: LiveEvent[] | null = [];
  private readonly replayed = new Set<string>();
  private readonly timers: NodeJS.Timeout[] = [];
  private closed = false;
  // The subscription was lost before the stream started: what it holds may have gaps.
  private lost = false;
  private stopListening: () => void = () => undefined;

  constructor(
    private readonly sink: LiveSink,
    private readonly timing: LiveTiming,
  ) {
    sink.onClose(() => this.close());
  }

  attach(stopListening: () => void): void {
    this.stopListening = stopListening;
    if (this.closed) stopListening();
  }

  start({ viewer, replay, position }: LiveStart): void {
    if (this.closed) return;
    this.viewer = viewer;
    this.sink.write(sseRetry(this.timing.retryMs));
    if (replay === null || this.lost) this.sink.write(sseReset());
    for (const event of replay ?? []) {
      this.replayed.add(event.id);
      this.sink.write(sseEvent(event));
    }
    if (position) this.sink.write(ssePosition(position));
    const held = this.held ?? [];
    this.held = null;
    for (const event of held) this.event(event);
    const heartbeat = setInterval(() => this.sink.write(sseComment('heartbeat')), this.timing.heartbeatMs);
    const lifetime = setTimeout(() => this.close(), this.timing.lifetimeMs);
    for (const timer of [heartbeat, lifetime]) timer.unref();
    this.timers.push(heartbeat, lifetime);
  }

  event(event: LiveEvent): void {
    if (this.closed) return;
    if (this.held) {
      this.held.push(event);
      return;
    }
    if (this.replayed.has(event.id) || !visibleTo(this.viewer!, event)) return;
    this.sink.write(sseEvent(event));
  }

  gap(): void {
    if (this.closed) return;
    if (this.held) this.lost = true;
    else this.sink.write(sseReset());
  }

  end(): void {
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.stopListening();
    this.sink.end();
  }
}
