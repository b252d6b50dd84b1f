// The ticket list's keys, as in mail programs: j/k move the focused row, Enter opens it, x selects it.

export type ListKeyAction = { kind: 'focus'; index: number } | { kind: 'open'; index: number } | { kind: 'toggle'; index: number } | null;

export interface ListKey {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

// What a key does in a list of `count` rows with `index` focused (-1: none yet); null: not ours.
export function listKeyAction(event: ListKey, index: number, count: number): ListKeyAction {
  if (event.altKey || event.ctrlKey || event.metaKey || count === 0) return null;
  switch (event.key) {
    case 'j':
      return { kind: 'focus', index: Math.min(index + 1, count - 1) };
    case 'k':
      return { kind: 'focus', index: Math.max(index - 1, 0) };
    case 'Enter':
      return index >= 0 && index < count ? { kind: 'open', index } : null;
    case 'x':
      return index >= 0 && index < count ? { kind: 'toggle', index } : null;
    default:
      return null;
  }
}

// Typing in a field, or working a control that has its own keys, is never list navigation.
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean; getAttribute?(name: string): string | null } | null): boolean {
  if (!target) return false;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'input' && target.getAttribute?.('type') === 'checkbox') return false;
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable) return true;
  const role = target.getAttribute?.('role');
  return role === 'combobox' || role === 'listbox' || role === 'option' || role === 'textbox';
}
