import type { IncomingMessage } from 'node:http';
import { instanceSlugOf, requestId } from './request-id';

function request(headers: Record<string, string> = {}): IncomingMessage & { id?: unknown } {
  return { headers } as unknown as IncomingMessage;
}

describe('requestId', () => {
  it('keeps a sane caller id and reuses it', () => {
    const req = request({ 'x-request-id': 'edge-42.a' });
    expect(requestId(req)).toBe('edge-42.a');
    expect(requestId(req)).toBe('edge-42.a');
  });

  it('replaces ids that could inject into logs', () => {
    const id = requestId(request({ 'x-request-id': 'x\n{"level":60}' }));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('instanceSlugOf', () => {
  it('finds the slug of instance routes only', () => {
    expect(instanceSlugOf('/api/v1/t/demo/auth/me')).toBe('demo');
    expect(instanceSlugOf('/api/v1/t/demo?x=1')).toBe('demo');
    expect(instanceSlugOf('/api/v1/platform/tenants')).toBeUndefined();
    expect(instanceSlugOf(undefined)).toBeUndefined();
  });
});
