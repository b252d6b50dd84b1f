import { bandFor, defaultPriorityMatrix, matrixProblem } from './priority-matrix';

describe('priority matrix', () => {
  const bands = defaultPriorityMatrix(['low', 'normal', 'high', 'emergency']);

  it.each([
    [1, 1, 'low', 24 * 60],
    [1, 2, 'normal', 12 * 60],
    [2, 4, 'normal', 12 * 60],
    [4, 4, 'high', 4 * 60],
    [8, 4, 'high', 4 * 60],
    [8, 8, 'emergency', 60],
  ] as const)('impact %i x urgency %i is %s, resolved within %i minutes', (impact, urgency, priority, resolve) => {
    expect(bandFor(impact, urgency, bands)).toMatchObject({ priorityId: priority, resolveMinutes: resolve });
  });

  it('accepts the default and reuses the highest priority when an instance has fewer', () => {
    expect(matrixProblem(bands)).toBeNull();
    expect(defaultPriorityMatrix(['only', 'two']).map((b) => b.priorityId)).toEqual(['only', 'two', 'two', 'two']);
  });

  it('refuses gaps, overlaps, empty bands and negative targets', () => {
    expect(matrixProblem(bands.slice(1))).toBe('no band covers the product 1');
    expect(matrixProblem([...bands, { ...bands[0], minProduct: 1, maxProduct: 2 }])).toBe('the product 1 falls in 2 bands');
    expect(matrixProblem([{ ...bands[0], minProduct: 4, maxProduct: 2 }])).toBe('band 4-2 is empty');
    expect(matrixProblem(bands.map((b) => ({ ...b, respondMinutes: -1 })))).toBe('targets are whole minutes, zero or more');
    expect(matrixProblem([])).toBe('needs at least one band');
  });
});
