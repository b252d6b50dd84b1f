import { composedStatement, statement } from './statement';

describe('statement', () => {
  it('keeps the name and the text', () => {
    expect(statement('spec.one', 'select 1')).toEqual({ name: 'spec.one', text: 'select 1' });
  });

  it('allows the same statement to be defined again (a module loaded twice)', () => {
    statement('spec.twice', 'select 2');
    expect(() => statement('spec.twice', 'select 2')).not.toThrow();
  });

  it('refuses one name for two texts', () => {
    statement('spec.clash', 'select 3');
    expect(() => statement('spec.clash', 'select 4')).toThrow('Two statements are named spec.clash');
  });

  it('names a composed statement by its text', () => {
    const one = composedStatement('spec.composed', 'select 5');
    expect(composedStatement('spec.composed', 'select 5')).toEqual(one);
    expect(composedStatement('spec.composed', 'select 6').name).not.toBe(one.name);
    expect(one.name).toMatch(/^spec\.composed\.[A-Za-z0-9_-]{16}$/);
  });
});
