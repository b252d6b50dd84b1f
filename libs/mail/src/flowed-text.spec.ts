import { unflow } from './flowed-text';

describe('unflow', () => {
  it('joins soft-broken lines and keeps hard breaks', () => {
    expect(unflow('This is one \nparagraph.\nNew line.', false)).toBe('This is one paragraph.\nNew line.');
  });

  it('removes the soft-break space with DelSp=yes', () => {
    expect(unflow('Some\u65e5 \n\u672c', true)).toBe('Some\u65e5\u672c');
  });

  it('never joins lines of different quote depth', () => {
    expect(unflow('On Monday, Anna wrote:\n> Hi \nHello', false)).toBe('On Monday, Anna wrote:\n> Hi \nHello');
    expect(unflow('> a \n> b\n>> c \n>> d\n>', false)).toBe('> a b\n>> c d\n>');
  });

  it('removes space-stuffing and keeps the signature separator', () => {
    expect(unflow(' From here\n-- \nAnna', false)).toBe('From here\n-- \nAnna');
  });
});
