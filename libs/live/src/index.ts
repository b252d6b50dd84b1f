export { LIVE_KINDS, LiveAudience, LiveEvent, LiveKind, LiveViewer, isLiveKind, kindsFor, liveChannel, liveEventOf, parseLiveEvent, visibleTo } from './live-events';
export { sseComment, sseEvent, ssePosition, sseReset, sseRetry } from './sse-format';
export { LiveError, LiveErrorCode } from './live.errors';
export { LiveModule } from './live.module';
export { LivePublisher } from './live-publisher.service';
export { LiveStreamModule } from './live-stream.module';
export { LIVE_TIMING, LiveStreamService, REPLAY_LIMIT } from './live-stream.service';
export { LiveSink } from './live-stream';
