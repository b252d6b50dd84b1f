import { publicTopicTree, publicTopics } from './public-topic-tree';

const topic = (id: string, parentId: string | null, extra: { isPublic?: boolean; isActive?: boolean } = {}) => ({
  id,
  parentId,
  name: `topic ${id}`,
  isPublic: extra.isPublic ?? true,
  isActive: extra.isActive ?? true,
});

describe('the public help-topic tree', () => {
  it('nests public active topics under their parents, in the order given', () => {
    const tree = publicTopicTree([topic('a', null), topic('b', 'a'), topic('c', null), topic('d', 'a'), topic('e', 'b')]);
    expect(tree).toEqual([
      {
        id: 'a',
        name: 'topic a',
        children: [
          { id: 'b', name: 'topic b', children: [{ id: 'e', name: 'topic e', children: [] }] },
          { id: 'd', name: 'topic d', children: [] },
        ],
      },
      { id: 'c', name: 'topic c', children: [] },
    ]);
  });

  it('hides a private or inactive topic with its whole subtree', () => {
    const topics = [
      topic('private', null, { isPublic: false }),
      topic('under-private', 'private'),
      topic('deep', 'under-private'),
      topic('inactive', null, { isActive: false }),
      topic('under-inactive', 'inactive'),
      topic('root', null),
      topic('hidden-leaf', 'root', { isPublic: false }),
    ];
    expect(publicTopics(topics).map((t) => t.id)).toEqual(['root']);
    expect(publicTopicTree(topics)).toEqual([{ id: 'root', name: 'topic root', children: [] }]);
  });

  it('hides topics whose parent is missing or that form a cycle', () => {
    const topics = [topic('orphan', 'gone'), topic('x', 'y'), topic('y', 'x'), topic('self', 'self'), topic('ok', null)];
    expect(publicTopics(topics).map((t) => t.id)).toEqual(['ok']);
  });

  it('does not depend on parents coming before their children', () => {
    expect(publicTopics([topic('child', 'parent'), topic('parent', null)]).map((t) => t.id)).toEqual(['child', 'parent']);
  });
});
