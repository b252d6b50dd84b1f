import type { components } from '../api/schema';

export type Topic = components['schemas']['PortalTopicResponse'];

// The topics from the top of the tree down to the one with this id; empty when it is not there
// (a topic that was hidden since the link was made).
export function topicPath(topics: readonly Topic[], id: string | null): Topic[] {
  if (!id) return [];
  for (const topic of topics) {
    if (topic.id === id) return [topic];
    const below = topicPath(topic.children, id);
    if (below.length > 0) return [topic, ...below];
  }
  return [];
}

// The assistant's step for a chosen path: pick among the topics below the last choice, or, once
// the choice has no sub-topics, fill in the form.
export type AssistantStep = { kind: 'choose'; depth: number; options: readonly Topic[] } | { kind: 'form'; topic: Topic };

export function assistantStep(topics: readonly Topic[], path: readonly Topic[]): AssistantStep {
  const last = path.at(-1);
  if (!last) return { kind: 'choose', depth: 0, options: topics };
  if (last.children.length === 0) return { kind: 'form', topic: last };
  return { kind: 'choose', depth: path.length, options: last.children };
}
