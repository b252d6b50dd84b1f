import { deriveRuntimeUrl, roleOf } from './database-url';

describe('deriveRuntimeUrl', () => {
  const owner = 'postgres://owner:s3cret@db.internal:5432/tessera?sslmode=require';

  it('keeps host, database and options and switches to the managed role', () => {
    const url = new URL(deriveRuntimeUrl(owner));
    expect(url.host).toBe('db.internal:5432');
    expect(url.pathname).toBe('/tessera');
    expect(url.searchParams.get('sslmode')).toBe('require');
    expect(roleOf(url.toString())).toBe('tessera_app');
  });

  it('derives a stable password from the owner credentials only', () => {
    const password = new URL(deriveRuntimeUrl(owner)).password;
    expect(new URL(deriveRuntimeUrl(owner)).password).toBe(password);
    expect(password).not.toContain('s3cret');
    expect(new URL(deriveRuntimeUrl(owner.replace('s3cret', 'other'))).password).not.toBe(password);
    // Roles are cluster-wide: every database of the cluster must agree on the password.
    expect(new URL(deriveRuntimeUrl(owner.replace('/tessera', '/other'))).password).toBe(password);
  });
});
