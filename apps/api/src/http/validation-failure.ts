import { DomainError, FieldRule, Language, fieldMessage } from '@tessera/errors';

export interface FieldFailure {
  field: string;
  rules: FieldRule[];
}

// A body or query that broke its DTO's rules: `request.invalid`, with each field's problems in
// the language of the answer (`errors[]`), told apart by the rule that failed.
export class ValidationFailure extends DomainError {
  constructor(readonly fields: FieldFailure[]) {
    const english = ValidationFailure.errorsIn(fields, 'en');
    super('invalid', 'request.invalid', english.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; '), { errors: english });
  }

  errorsIn(language: Language): { field: string; problems: string[] }[] {
    return ValidationFailure.errorsIn(this.fields, language);
  }

  private static errorsIn(fields: FieldFailure[], language: Language) {
    return fields.map(({ field, rules }) => ({ field, problems: rules.map((rule) => fieldMessage(field, rule, language)) }));
  }
}
