import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Migration {
  version: string; // e.g. "0001_foundation"
  up: string;
  down: string | null;
}

const UP = '-- migrate:up';
const DOWN = '-- migrate:down';

// Splits one SQL file into its up and down parts. Pure; unit-tested.
export function parseMigration(version: string, sql: string): Migration {
  const upAt = sql.indexOf(UP);
  if (upAt < 0) throw new Error(`Migration ${version} has no "${UP}" marker`);
  const downAt = sql.indexOf(DOWN);
  if (downAt >= 0 && downAt < upAt) throw new Error(`Migration ${version}: "${DOWN}" comes before "${UP}"`);
  const up = sql.slice(upAt + UP.length, downAt < 0 ? undefined : downAt).trim();
  const down = downAt < 0 ? null : sql.slice(downAt + DOWN.length).trim() || null;
  if (!up) throw new Error(`Migration ${version} has an empty up part`);
  return { version, up, down };
}

// The folder holding the SQL files, found from both the sources and the compiled tree (dist/).
export function migrationsDirectory(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'database', 'migrations');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`No libs/database/migrations above ${start}`);
  }
}

export function loadMigrations(directory = migrationsDirectory()): Migration[] {
  return readdirSync(directory)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => parseMigration(file.replace(/\.sql$/, ''), readFileSync(join(directory, file), 'utf8')));
}
