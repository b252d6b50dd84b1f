import RE2 from 're2';

// Regular expressions in filters are run by RE2: linear time in the text, so no pattern a manager
// saves can hang intake on a crafted message (no backtracking; no lookaround or backreferences).
// Always case-insensitive, as every filter comparison is.

export interface Pattern {
  test(value: string): boolean;
}

export function compilePattern(source: string): Pattern {
  return new RE2(source, 'iu');
}

// Why RE2 refuses the pattern, or null when it takes it.
export function patternProblem(source: string): string | null {
  try {
    compilePattern(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
