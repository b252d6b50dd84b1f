import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@tessera/errors';

interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// Unknown fields are refused, not silently dropped: a typo in a field name must not pass.
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new DomainError(
        'invalid',
        'request.invalid',
        fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; '),
        { errors: fields },
      );
    },
  });
}
