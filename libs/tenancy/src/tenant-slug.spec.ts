import { slugProblem } from './tenant-slug';

describe('slugProblem', () => {
  it.each(['demo', 'abc', 'ub-etsetb', 'suport-2', 'a'.repeat(40), '123'])('accepts %s', (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it.each([
    ['ab', 'length'],
    ['a'.repeat(41), 'length'],
    ['Demo', 'characters'],
    ['de mo', 'characters'],
    ['dé-mo', 'characters'],
    ['demo_1', 'characters'],
    ['-demo', 'hyphens'],
    ['demo-', 'hyphens'],
    ['de--mo', 'hyphens'],
    ['api', 'reserved'],
    ['admin', 'reserved'],
    ['platform', 'reserved'],
    ['healthz', 'reserved'],
    ['static', 'reserved'],
  ])('refuses %s (%s)', (slug, problem) => {
    expect(slugProblem(slug)).toBe(problem);
  });
});
