import { DEFAULT_COLUMNS, dayOf, dayStart, defaultState, fromView, normalizeColumns, readState, sameState, ticketQuery, toView, withFilter, withStates, writeState } from './queue-state';

const DEPARTMENT = '01938f6e-52d0-7c11-b3a7-0e5f6a7b8c9d';

describe('the ticket list state', () => {
  it('starts with the help topic and SLA due columns, newest activity first', () => {
    const state = defaultState('mine');
    expect(state).toEqual({ queue: 'mine', filters: {}, sort: '-activity', columns: DEFAULT_COLUMNS });
    expect(state.columns).toEqual(expect.arrayContaining(['reference', 'helpTopic', 'dueAt']));
  });

  it('keeps the base while the search parameters say nothing of the list', () => {
    const base = defaultState('overdue');
    expect(readState(base, new URLSearchParams(''))).toBe(base);
    expect(readState(base, new URLSearchParams('unrelated=1'))).toBe(base);
  });

  it('travels through the search parameters and back', () => {
    const state = withStates(withFilter({ ...defaultState('teams'), sort: 'due', columns: ['reference', 'subject', 'dueAt'] }, 'departmentId', DEPARTMENT), ['pending', 'open']);
    const params = writeState(state);
    expect(params.toString()).toBe(`departmentId=${DEPARTMENT}&state=open%2Cpending&sort=due&columns=reference%2Csubject%2CdueAt`);
    expect(readState(defaultState('teams'), params)).toEqual(state);
    // The queue goes in the parameters only where the path does not say it.
    expect(writeState(state, { withQueue: true }).get('queue')).toBe('teams');
    expect(readState(defaultState('all'), writeState(state, { withQueue: true })).queue).toBe('teams');
  });

  it('reads a hand-made link: unknown values dropped, the rest defaulted', () => {
    const state = readState(defaultState('all'), new URLSearchParams(`departmentId=${DEPARTMENT}&state=new,open,nonsense&sort=sideways&columns=bogus`));
    expect(state).toEqual({ queue: 'all', filters: { departmentId: DEPARTMENT, state: ['new', 'open'] }, sort: '-activity', columns: DEFAULT_COLUMNS });
    expect(readState(defaultState('all'), new URLSearchParams('columns=dueAt,subject,subject')).columns).toEqual(['reference', 'subject', 'dueAt']);
  });

  it('asks GET tickets for the queue, filters, sort and page', () => {
    const state = withStates(withFilter(defaultState('unassigned'), 'priorityId', DEPARTMENT), ['new']);
    expect(ticketQuery(state)).toEqual({ queue: 'unassigned', sort: '-activity', limit: 50, priorityId: DEPARTMENT, state: ['new'] });
    expect(ticketQuery(state, 'abc', 20)).toMatchObject({ cursor: 'abc', limit: 20 });
  });

  it('saves as a view and opens from one', () => {
    const state = withFilter({ ...defaultState('department'), sort: '-priority', columns: ['reference', 'subject', 'priority'] }, 'createdFrom', '2026-01-01T00:00:00.000Z');
    const view = toView(state);
    expect(view).toEqual({ columns: ['reference', 'subject', 'priority'], sort: '-priority', filters: { queue: 'department', createdFrom: '2026-01-01T00:00:00.000Z' } });
    expect(fromView(view)).toEqual(state);
    expect(sameState(fromView(view), state)).toBe(true);
    expect(sameState(fromView(view), { ...state, sort: 'due' })).toBe(false);
    // A view saved by another client, with things this page does not know.
    expect(fromView({ columns: ['subject', 'mood'], sort: 'mood', filters: { queue: 'nowhere', state: ['closed'], colour: 'red' } })).toEqual({
      queue: 'all',
      filters: { state: ['closed'] },
      sort: '-activity',
      columns: ['reference', 'subject'],
    });
  });

  it('keeps the reference column and the display order whatever is picked', () => {
    expect(normalizeColumns(['createdAt', 'subject'])).toEqual(['reference', 'subject', 'createdAt']);
    expect(normalizeColumns(['reference'])).toEqual(['reference']);
    expect(normalizeColumns([])).toEqual(DEFAULT_COLUMNS);
  });

  it("turns a picked day into the instant it starts in the instance's time zone, and back", () => {
    expect(dayStart('2026-03-10', 'UTC')).toBe('2026-03-10T00:00:00.000Z');
    expect(dayStart('2026-03-10', 'Europe/Madrid')).toBe('2026-03-09T23:00:00.000Z');
    expect(dayStart('2026-07-10', 'Europe/Madrid')).toBe('2026-07-09T22:00:00.000Z');
    expect(dayStart('2026-03-29', 'Europe/Madrid')).toBe('2026-03-28T23:00:00.000Z');
    expect(dayStart('2026-03-10', 'America/New_York')).toBe('2026-03-10T04:00:00.000Z');
    expect(dayStart('not a day', 'UTC')).toBeNull();
    expect(dayOf('2026-07-09T22:00:00.000Z', 'Europe/Madrid')).toBe('2026-07-10');
    expect(dayOf(undefined, 'UTC')).toBe('');
    expect(dayOf('garbage', 'UTC')).toBe('');
  });
});
