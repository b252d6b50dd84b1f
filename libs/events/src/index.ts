export { EVENT_KINDS, EventKind, EventMessage, EventPayload, EventPayloads, RequesterLink, RequesterLinkKind, isEventKind } from './event-catalogue';
export { ConsumerResult, EVENT_CONSUMERS, EventConsumer, consumersByKind } from './event-consumer';
