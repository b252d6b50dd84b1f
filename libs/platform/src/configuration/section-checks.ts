import { DirectoryError } from '@tessera/directory';
import { SectionProblem } from './configuration-section';

// The console's checks as a section's problems, named as the file's members.

// Problems as the services name them (actions.0.value), as the file does (actions[0].value);
// `fields` renames a service's member to the file's (statusId -> status).
export function fileProblems(problems: readonly SectionProblem[], fields: Record<string, string> = {}): SectionProblem[] {
  return problems.map(({ field, message }) => {
    const [head, ...rest] = field.split('.');
    return { field: [fields[head] ?? head, ...rest].join('.').replace(/\.(\d+)/g, '[$1]'), message };
  });
}

// The refusal of a directory check (checkedLabels...) that throws, as a problem.
export function refusalOf(check: () => unknown): SectionProblem[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof DirectoryError && typeof error.details.field === 'string') return fileProblems([{ field: error.details.field, message: error.message }]);
    throw error;
  }
}

export const emptyName = (value: unknown): SectionProblem[] => (String(value ?? '').trim() === '' ? [{ field: 'name', message: 'The name is empty' }] : []);

// A value the console offers only from a list.
export const oneOf = (field: string, value: unknown, allowed: readonly string[]): SectionProblem[] =>
  allowed.includes(String(value)) ? [] : [{ field, message: `must be one of ${allowed.join(', ')}` }];
