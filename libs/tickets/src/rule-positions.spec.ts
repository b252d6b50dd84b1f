import { placed } from './rule-positions';

describe('placed', () => {
  it('puts a rule at its position among the others, kept within 1..n+1', () => {
    expect(placed(['a', 'b'], 'x', 1)).toEqual({ order: ['x', 'a', 'b'], position: 1 });
    expect(placed(['a', 'b'], 'x', 2)).toEqual({ order: ['a', 'x', 'b'], position: 2 });
    expect(placed(['a', 'b'], 'x', 9)).toEqual({ order: ['a', 'b', 'x'], position: 3 });
    expect(placed([], 'x', 0)).toEqual({ order: ['x'], position: 1 });
  });
});
