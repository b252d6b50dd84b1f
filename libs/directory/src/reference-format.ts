import { randomInt } from 'node:crypto';

// Ticket references. A format is either a counter with optional prefix/suffix and zero padding
// (`suport#{n}`, `HD-{n:6}`; a `#` there is a literal) or random digits, one per `#`
// (`######`, `T-####`). References appear in mail subjects (`[suport#310]`) and URLs.

export type ReferenceFormat =
  | { kind: 'sequence'; prefix: string; suffix: string; width: number }
  | { kind: 'random'; pattern: string; digits: number };

const SEQUENCE = /^([A-Za-z0-9#._-]*)\{n(?::(\d{1,2}))?\}([A-Za-z0-9#._-]*)$/;
const RANDOM = /^[A-Za-z0-9#._-]+$/;
export const MIN_RANDOM_DIGITS = 4;
export const MAX_REFERENCE_FORMAT_LENGTH = 32;

// Why a format cannot be used, or null.
export function referenceFormatProblem(format: string): string | null {
  if (format.length === 0 || format.length > MAX_REFERENCE_FORMAT_LENGTH) {
    return `must be 1 to ${MAX_REFERENCE_FORMAT_LENGTH} characters`;
  }
  const sequence = SEQUENCE.exec(format);
  if (sequence) {
    const width = Number(sequence[2] ?? 1);
    return width >= 1 && width <= 12 ? null : 'pads the counter to 1 to 12 digits';
  }
  if (format.includes('{') || format.includes('}')) return 'has a placeholder other than {n} or {n:width}';
  if (!RANDOM.test(format)) return 'may only use letters, digits, #, ".", "_" and "-"';
  const digits = [...format].filter((c) => c === '#').length;
  if (digits < MIN_RANDOM_DIGITS) return `needs {n} or at least ${MIN_RANDOM_DIGITS} # for random digits`;
  return null;
}

export function parseReferenceFormat(format: string): ReferenceFormat {
  const problem = referenceFormatProblem(format);
  if (problem) throw new Error(`Reference format "${format}" ${problem}`);
  const sequence = SEQUENCE.exec(format);
  if (sequence) return { kind: 'sequence', prefix: sequence[1], suffix: sequence[3], width: Number(sequence[2] ?? 1) };
  return { kind: 'random', pattern: format, digits: [...format].filter((c) => c === '#').length };
}

export function sequenceReference(format: Extract<ReferenceFormat, { kind: 'sequence' }>, value: number | bigint): string {
  return `${format.prefix}${String(value).padStart(format.width, '0')}${format.suffix}`;
}

export function randomReference(format: Extract<ReferenceFormat, { kind: 'random' }>, digit: () => number = () => randomInt(10)): string {
  return format.pattern.replace(/#/g, () => String(digit()));
}
