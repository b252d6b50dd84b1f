import { loadMigrations, parseMigration } from './migration-files';

describe('parseMigration', () => {
  it('splits the up and down parts', () => {
    const migration = parseMigration('0002_x', '-- note\n-- migrate:up\ncreate table x ();\n-- migrate:down\ndrop table x;\n');
    expect(migration).toEqual({ version: '0002_x', up: 'create table x ();', down: 'drop table x;' });
  });

  it('allows a migration without a down part', () => {
    expect(parseMigration('0003_y', '-- migrate:up\nselect 1;').down).toBeNull();
  });

  it('refuses files without an up marker or with the parts reversed', () => {
    expect(() => parseMigration('0004', 'select 1;')).toThrow(/no "-- migrate:up"/);
    expect(() => parseMigration('0005', '-- migrate:down\nselect 1;\n-- migrate:up\nselect 2;')).toThrow(/comes before/);
  });
});

describe('loadMigrations', () => {
  it('loads the shipped migrations in order, each with a down part', () => {
    const migrations = loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort()).toEqual(versions);
    for (const migration of migrations) expect(migration.down).not.toBeNull();
  });
});
