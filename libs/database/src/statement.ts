import { createHash } from 'node:crypto';

// A statement of the hot paths' query layer (TenantDatabase.query): pg prepares it under its name
// on each connection the first time it runs there, so PostgreSQL parses and plans it once per
// connection instead of on every request. A name stands for one text on every connection: naming
// two texts alike fails here, when the modules load, rather than in a request.
export interface Statement {
  readonly name: string;
  readonly text: string;
}

const defined = new Map<string, string>();

export function statement(name: string, text: string): Statement {
  const known = defined.get(name);
  if (known !== undefined && known !== text) throw new Error(`Two statements are named ${name}`);
  defined.set(name, text);
  return Object.freeze({ name, text });
}

// A statement whose text is put together from a request's filters (a queue page): named by a
// digest of the text, so that each of its few shapes is prepared once per connection.
export function composedStatement(prefix: string, text: string): Statement {
  return statement(`${prefix}.${createHash('sha256').update(text).digest('base64url').slice(0, 16)}`, text);
}
