import { redisOptionsFromUrl } from './redis-options';

describe('redisOptionsFromUrl', () => {
  it('reads host, port, credentials and database', () => {
    expect(redisOptionsFromUrl('redis://user:p%40ss@cache.internal:6380/2')).toEqual({
      host: 'cache.internal',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: undefined,
      disconnectTimeout: 100,
    });
  });

  it('defaults the port and database and turns on TLS for rediss', () => {
    expect(redisOptionsFromUrl('rediss://cache.internal')).toMatchObject({ port: 6379, db: 0, tls: {} });
  });
});
