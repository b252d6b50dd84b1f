import { isTypingTarget, listKeyAction } from './list-keys';

describe('the ticket list keys', () => {
  it('moves the focus with j and k, within the list', () => {
    expect(listKeyAction({ key: 'j' }, -1, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(listKeyAction({ key: 'j' }, 1, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(listKeyAction({ key: 'j' }, 2, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(listKeyAction({ key: 'k' }, 2, 3)).toEqual({ kind: 'focus', index: 1 });
    expect(listKeyAction({ key: 'k' }, 0, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(listKeyAction({ key: 'k' }, -1, 3)).toEqual({ kind: 'focus', index: 0 });
  });

  it('opens and selects the focused row only', () => {
    expect(listKeyAction({ key: 'Enter' }, 1, 3)).toEqual({ kind: 'open', index: 1 });
    expect(listKeyAction({ key: 'x' }, 0, 3)).toEqual({ kind: 'toggle', index: 0 });
    expect(listKeyAction({ key: 'Enter' }, -1, 3)).toBeNull();
    expect(listKeyAction({ key: 'x' }, 5, 3)).toBeNull();
  });

  it('leaves other keys, modified keys and empty lists alone', () => {
    expect(listKeyAction({ key: 'a' }, 0, 3)).toBeNull();
    expect(listKeyAction({ key: 'j', ctrlKey: true }, 0, 3)).toBeNull();
    expect(listKeyAction({ key: 'k', metaKey: true }, 0, 3)).toBeNull();
    expect(listKeyAction({ key: 'x', altKey: true }, 0, 3)).toBeNull();
    expect(listKeyAction({ key: 'j' }, -1, 0)).toBeNull();
  });

  it('knows typing from list work', () => {
    const element = (tagName: string, attributes: Record<string, string> = {}) => ({ tagName, getAttribute: (name: string) => attributes[name] ?? null });
    expect(isTypingTarget(element('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(element('INPUT', { role: 'combobox' }))).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(element('TR'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
