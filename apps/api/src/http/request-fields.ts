import { Injectable, Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { DomainError } from '@tessera/errors';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const uuid = new ParseUUIDPipe({ version: undefined });

// A path id: anything but a UUID answers 400 request.bad-request before any lookup.
export const IdParam = (name = 'id') => Param(name, uuid);

// For optional fields without a null value: left out means unchanged, null is refused.
// (Nullable fields use @IsOptional(), which lets null through to clear them.)
export const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

// A boolean sent as text (a query parameter, a multipart field): "true" and "false" are the
// booleans; anything else is left for @IsBoolean() to refuse.
export const BooleanText = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

// A PATCH body that changes nothing is a mistake worth telling. Runs after validation.
@Injectable()
export class ChangesPipe implements PipeTransform<object, object> {
  transform(body: object): object {
    if (Object.values(body).every((value) => value === undefined)) throw new DomainError('invalid', 'request.empty', 'Nothing to change');
    return body;
  }
}

// The paging parameters of every cursor-paginated list.
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

// Names and subjects are one line of text: no control characters (tabs and line breaks included).
// `context.rule` names the message the answer gives in each language (FIELD_MESSAGES).
export const SingleLine = () => Matches(/^\P{Cc}*$/u, { message: ({ property }) => `${property} must be one line without control characters`, context: { rule: 'singleLine' } });

// Text with something in it besides white space.
export const NotBlank = () => Matches(/\S/, { message: ({ property }) => `${property} must not be blank`, context: { rule: 'notBlank' } });
