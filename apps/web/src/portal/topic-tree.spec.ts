import { assistantStep, topicPath, type Topic } from './topic-tree';

const topic = (id: string, children: Topic[] = []): Topic => ({ id, name: `Topic ${id}`, children });
const tree = [topic('a', [topic('a1'), topic('a2', [topic('a2x')])]), topic('b')];

describe('the help-topic tree', () => {
  it('finds the path from the top to a topic', () => {
    expect(topicPath(tree, 'a2x').map((t) => t.id)).toEqual(['a', 'a2', 'a2x']);
    expect(topicPath(tree, 'b').map((t) => t.id)).toEqual(['b']);
  });

  it('has no path to a topic that is not offered', () => {
    expect(topicPath(tree, 'gone')).toEqual([]);
    expect(topicPath(tree, null)).toEqual([]);
  });

  it('asks for a topic, then a sub-topic, then the form', () => {
    expect(assistantStep(tree, [])).toEqual({ kind: 'choose', depth: 0, options: tree });
    expect(assistantStep(tree, topicPath(tree, 'a'))).toEqual({ kind: 'choose', depth: 1, options: tree[0].children });
    expect(assistantStep(tree, topicPath(tree, 'a1'))).toEqual({ kind: 'form', topic: tree[0].children[0] });
    expect(assistantStep(tree, topicPath(tree, 'b'))).toEqual({ kind: 'form', topic: tree[1] });
  });
});
