import { ConfigError, loadConfig, loadDatabaseConfig } from './config';

const minimal = {
  DATABASE_URL: 'postgres://tessera:secret@127.0.0.1:5432/tessera',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TESSERA_SECRET_KEY: 'k'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults for everything optional', () => {
    const config = loadConfig(minimal);
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, publicUrl: 'http://127.0.0.1:3000', trustProxy: false });
    expect(config.database.runtimeRoleManaged).toBe(true);
    expect(new URL(config.database.runtimeUrl).username).toBe('tessera_app');
    expect(config.operator.token).toBeNull();
    expect(config.redis.queuePrefix).toBe('tessera');
    expect(config.worker).toMatchObject({ mailSweepIntervalMilliseconds: 15_000, mailFetchBatch: 200, port: 3001 });
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TESSERA_OPERATOR_TOKEN: 'short', TESSERA_SECRET_KEY: 'short' });
      fail('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT must be an integer');
      expect(problems).toContain('DATABASE_URL must be a postgres:// URL');
      expect(problems).toContain('REDIS_URL is required');
      expect(problems).toContain('TESSERA_OPERATOR_TOKEN must be at least 32 characters');
      expect(problems).toContain('TESSERA_SECRET_KEY must be at least 32 characters');
    }
    expect(() => loadConfig({ ...minimal, TESSERA_SECRET_KEY: '' })).toThrow('TESSERA_SECRET_KEY is required');
  });

  it('uses DATABASE_APP_URL as the runtime role when given', () => {
    const config = loadConfig({ ...minimal, DATABASE_APP_URL: 'postgres://helpdesk:pw@127.0.0.1/tessera' });
    expect(config.database).toMatchObject({ runtimeUrl: 'postgres://helpdesk:pw@127.0.0.1/tessera', runtimeRoleManaged: false });
  });

  it('strips a trailing slash from the public URL', () => {
    expect(loadConfig({ ...minimal, TESSERA_PUBLIC_URL: 'https://help.example.org/' }).http.publicUrl).toBe(
      'https://help.example.org',
    );
  });
});

describe('loadDatabaseConfig', () => {
  it('needs no other setting', () => {
    expect(loadDatabaseConfig({ DATABASE_URL: minimal.DATABASE_URL }).ownerUrl).toBe(minimal.DATABASE_URL);
  });

  it('needs one of the two database URLs', () => {
    expect(() => loadDatabaseConfig({})).toThrow(/DATABASE_URL \(or DATABASE_APP_URL\) is required/);
  });
});
