import type { ColumnOptions, ValueTransformer } from 'typeorm';

// PostgreSQL refuses some strings JavaScript holds: jsonb rejects a NUL (\u0000) and a lone
// surrogate (what cutting a string in the middle of an emoji leaves), and a whole write fails with
// "invalid input syntax for type json". Every document bound for a jsonb column goes through here:
// NUL removed, lone surrogates replaced by U+FFFD, in keys and values, at any depth (walked without
// recursion, so any depth is safe).
export function storableJson<T>(value: T): T {
  const clean = (text: string) => (text.includes('\0') ? text.replace(/\0/g, '') : text).toWellFormed();
  const root = { value: value as unknown };
  const stack: [Record<string, unknown> | unknown[], string | number][] = [[root, 'value']];
  while (stack.length) {
    const [holder, key] = stack.pop()!;
    const current = (holder as Record<string | number, unknown>)[key];
    if (typeof current === 'string') {
      (holder as Record<string | number, unknown>)[key] = clean(current);
    } else if (Array.isArray(current)) {
      const copy = [...current];
      (holder as Record<string | number, unknown>)[key] = copy;
      copy.forEach((_item, index) => stack.push([copy, index]));
    } else if (current !== null && typeof current === 'object' && !(current instanceof Date) && !Buffer.isBuffer(current)) {
      const copy = Object.fromEntries(Object.entries(current).map(([name, item]) => [clean(name), item]));
      (holder as Record<string | number, unknown>)[key] = copy;
      Object.keys(copy).forEach((name) => stack.push([copy, name]));
    }
  }
  return root.value as T;
}

const STORABLE: ValueTransformer = { to: (value: unknown) => (value === undefined ? value : storableJson(value)), from: (value: unknown) => value };

// The options of a jsonb column: every entity's JSON goes through storableJson on write.
export function jsonColumn(options: ColumnOptions = {}): ColumnOptions {
  return { ...options, type: 'jsonb', transformer: STORABLE };
}
