import type { HelpTopic } from '@tessera/directory';

type TopicFields = Pick<HelpTopic, 'id' | 'parentId' | 'name' | 'isPublic' | 'isActive'>;

export interface TopicNode {
  id: string;
  name: string;
  children: TopicNode[];
}

// The topics a requester may choose: public and active, under public and active parents only,
// so hiding a topic hides its whole subtree. A parent that is missing or part of a cycle hides
// its children too. Pure.
export function publicTopics<T extends TopicFields>(topics: T[]): T[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const memo = new Map<string, boolean>();
  const shown = (topic: T, path: Set<string>): boolean => {
    const known = memo.get(topic.id);
    if (known !== undefined) return known;
    let result = topic.isPublic && topic.isActive && !path.has(topic.id);
    if (result && topic.parentId !== null) {
      const parent = byId.get(topic.parentId);
      result = parent !== undefined && shown(parent, new Set(path).add(topic.id));
    }
    memo.set(topic.id, result);
    return result;
  };
  return topics.filter((t) => shown(t, new Set()));
}

// The shown topics as a tree, keeping the order they came in at every level.
export function publicTopicTree(topics: TopicFields[]): TopicNode[] {
  const shown = publicTopics(topics);
  const nodes = new Map(shown.map((t) => [t.id, { id: t.id, name: t.name, children: [] as TopicNode[] }]));
  const roots: TopicNode[] = [];
  for (const topic of shown) {
    const node = nodes.get(topic.id) as TopicNode;
    if (topic.parentId === null) roots.push(node);
    else nodes.get(topic.parentId)?.children.push(node);
  }
  return roots;
}
