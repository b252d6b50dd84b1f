import { DomainError } from '@tessera/errors';
import { refusalOf, unavailabilityOf } from './postgres-errors';

describe('unavailabilityOf', () => {
  it('takes a lost, refused or shutting-down connection for a 503 the caller may retry', () => {
    const failures = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is shutting down'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      Object.assign(new Error('Query runner already released'), { name: 'QueryRunnerAlreadyReleasedError' }),
      Object.assign(new Error('Database connection provided by a query runner was already released'), { name: 'QueryRunnerProviderAlreadyReleasedError' }),
    ];
    for (const failure of failures) {
      const problem = unavailabilityOf(failure);
      expect(problem).toBeInstanceOf(DomainError);
      expect(problem).toMatchObject({ kind: 'unavailable', code: 'service.unavailable', details: { retryAfter: 5 } });
    }
  });

  it('leaves the caller\'s mistakes and other failures alone', () => {
    const duplicate = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(unavailabilityOf(duplicate)).toBeUndefined();
    expect(refusalOf(duplicate)).toBeDefined();
    expect(unavailabilityOf(new Error('division by zero'))).toBeUndefined();
    expect(unavailabilityOf(new DomainError('invalid', 'x.y', 'no'))).toBeUndefined();
    expect(unavailabilityOf('Connection terminated')).toBeUndefined();
  });
});
