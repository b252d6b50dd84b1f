import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldRule } from '@tessera/errors';
import { getMetadataStorage } from 'class-validator';
import { FieldFailure, ValidationFailure } from './validation-failure';

// class-validator's constraint names -> the rules of FIELD_MESSAGES.
const RULES: Record<string, string> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  isNotEmptyObject: 'required',
  arrayNotEmpty: 'required',
  whitelistValidation: 'unknown',
  isLength: 'length',
  maxLength: 'maxLength',
  minLength: 'minLength',
  max: 'max',
  min: 'min',
  arrayMaxSize: 'arrayMaxSize',
  arrayMinSize: 'arrayMinSize',
  arrayUnique: 'unique',
  isEmail: 'email',
  isUuid: 'uuid',
  isIn: 'oneOf',
  isEnum: 'oneOf',
  isString: 'text',
  isNumber: 'number',
  isInt: 'integer',
  isBoolean: 'boolean',
  isDate: 'date',
  isDateString: 'date',
  isIso8601: 'date',
  isArray: 'list',
  isObject: 'object',
  nestedValidation: 'object',
};

// The values of a rule (a length's bounds, a limit) as the DTO's decorator declared them.
function valuesOf(target: object | undefined, property: string, constraint: string): Record<string, unknown> {
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === constraint);
  const [first, second] = metadata?.constraints ?? [];
  if (constraint === 'isLength') return { min: first, max: second };
  return typeof first === 'number' ? { limit: first } : {};
}

function ruleOf(error: ValidationError, constraint: string): FieldRule {
  const named = (error.contexts?.[constraint] as { rule?: unknown } | undefined)?.rule;
  const rule = typeof named === 'string' ? named : RULES[constraint] ?? 'invalid';
  return { rule, ...valuesOf(error.target, error.property, constraint) };
}

function flatten(errors: ValidationError[], parent = ''): FieldFailure[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, rules: Object.keys(error.constraints).map((constraint) => ruleOf(error, constraint)) }] : [];
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
    // The object a rule belongs to, to read the rule's values (it is never sent).
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationFailure(flatten(errors)),
  });
}
