import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_MESSAGES } from '@tessera/errors';

const ROOT = join(__dirname, '../../../..');

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) && !entry.parentPath.includes('/web/'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Every code the product can answer with: those of the error families (*.errors.ts), those thrown
// as plain domain errors, the database refusals and the HTTP fallbacks of the problem filter.
function answeredCodes(): Set<string> {
  const codes = new Set<string>();
  const collect = (text: string, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) codes.add(match[1]);
  };
  for (const file of [...sources('libs'), ...sources('apps/api/src'), ...sources('apps/worker/src')]) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.errors.ts')) collect(text, /= '([a-z-]+\.[a-z-]+)'/g);
    collect(text, /new DomainError\(\s*[^,]+,\s*'([a-z-]+\.[a-z-]+)'/g);
    collect(text, /super\('[a-z_]+', '([a-z-]+\.[a-z-]+)'/g);
    if (file.endsWith('postgres-errors.ts')) collect(text, /code: '([a-z-]+\.[a-z-]+)'/g);
    if (file.endsWith('problem.filter.ts')) collect(text, /\d{3}: '([a-z-]+\.[a-z-]+)'/g);
  }
  return codes;
}

describe('the error message catalogue', () => {
  it('has a message for every code the API can answer with', () => {
    const codes = answeredCodes();
    // The scan finds the families and the plain errors, not only a few.
    expect(codes.size).toBeGreaterThan(80);
    expect([...codes].filter((code) => !ERROR_MESSAGES[code]).sort()).toEqual([]);
  });
});
