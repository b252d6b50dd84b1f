// Search filters: what a person types becomes an assertion value, never filter syntax.

export const USERNAME_PLACEHOLDER = '{{username}}';

// RFC 4515 section 3: in a value, NUL, '(', ')', '*' and '\' are written as \XX. Non-ASCII
// characters stay (the filter travels as UTF-8).
export function escapeFilterValue(value: string): string {
  return value.replace(/[\0()*\\]/g, (character) => `\\${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function personFilter(template: string, username: string): string {
  return template.split(USERNAME_PLACEHOLDER).join(escapeFilterValue(username));
}

// A filter a manager writes: one parenthesised expression with the placeholder, balanced.
export function filterProblem(template: string): string | null {
  const trimmed = template.trim();
  if (!trimmed.includes(USERNAME_PLACEHOLDER)) return `The filter needs ${USERNAME_PLACEHOLDER} where the sign-in name goes`;
  if (!trimmed.startsWith('(') || !trimmed.endsWith(')')) return 'The filter is one expression in parentheses, such as (uid={{username}})';
  let depth = 0;
  for (const character of trimmed.replace(/\\./g, '')) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (depth < 0) return 'The filter closes a parenthesis it never opened';
  }
  return depth === 0 ? null : 'The filter leaves a parenthesis open';
}
