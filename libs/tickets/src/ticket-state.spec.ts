import { canMove, isDone } from './ticket-state';

describe('ticket state transitions', () => {
  it('lets new tickets go anywhere and nothing go back to new', () => {
    for (const to of ['open', 'pending', 'resolved', 'closed'] as const) expect(canMove('new', to)).toBe(true);
    for (const from of ['open', 'pending', 'resolved', 'closed'] as const) expect(canMove(from, 'new')).toBe(false);
  });

  it('only reopens a closed ticket', () => {
    expect(canMove('closed', 'open')).toBe(true);
    expect(canMove('closed', 'pending')).toBe(false);
    expect(canMove('closed', 'resolved')).toBe(false);
  });

  it('reopens or closes a resolved ticket but does not park it', () => {
    expect(canMove('resolved', 'open')).toBe(true);
    expect(canMove('resolved', 'closed')).toBe(true);
    expect(canMove('resolved', 'pending')).toBe(false);
  });

  it('counts resolved and closed as done', () => {
    expect(['new', 'open', 'pending', 'resolved', 'closed'].filter((s) => isDone(s as never))).toEqual(['resolved', 'closed']);
  });
});
