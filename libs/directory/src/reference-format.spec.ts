import { parseReferenceFormat, randomReference, referenceFormatProblem, sequenceReference } from './reference-format';

describe('reference formats', () => {
  it('reads counters with prefix, suffix and padding; # is literal there', () => {
    const format = parseReferenceFormat('suport#{n}');
    expect(format).toEqual({ kind: 'sequence', prefix: 'suport#', suffix: '', width: 1 });
    if (format.kind !== 'sequence') throw new Error('sequence expected');
    expect(sequenceReference(format, 310)).toBe('suport#310');
    const padded = parseReferenceFormat('HD-{n:6}-X');
    if (padded.kind !== 'sequence') throw new Error('sequence expected');
    expect(sequenceReference(padded, 42)).toBe('HD-000042-X');
    expect(sequenceReference(padded, 12345678)).toBe('HD-12345678-X');
  });

  it('fills every # of a random format with a digit', () => {
    const format = parseReferenceFormat('T-######');
    expect(format).toEqual({ kind: 'random', pattern: 'T-######', digits: 6 });
    if (format.kind !== 'random') throw new Error('random expected');
    let next = 0;
    expect(randomReference(format, () => next++ % 10)).toBe('T-012345');
    expect(randomReference(format)).toMatch(/^T-\d{6}$/);
  });

  it.each([
    ['', 'must be 1 to 32 characters'],
    ['x'.repeat(33), 'must be 1 to 32 characters'],
    ['###', 'needs {n} or at least 4 # for random digits'],
    ['HD-{id}', 'has a placeholder other than {n} or {n:width}'],
    ['{n}{n}', 'has a placeholder other than {n} or {n:width}'],
    ['a/b####', 'may only use letters, digits, #, ".", "_" and "-"'],
    ['sup {n}', 'has a placeholder other than {n} or {n:width}'],
    ['{n:0}', 'pads the counter to 1 to 12 digits'],
  ])('refuses %p: %s', (format, problem) => {
    expect(referenceFormatProblem(format)).toBe(problem);
    expect(() => parseReferenceFormat(format)).toThrow(problem);
  });
});
