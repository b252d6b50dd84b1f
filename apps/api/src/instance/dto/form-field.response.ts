import { ApiProperty } from '@nestjs/swagger';
import { CUSTOM_FIELD_TYPES, CustomFieldType, FIELD_VISIBILITIES, FieldValue, FieldVisibility, FormFieldView, Label } from '@tessera/directory';
import { LANGUAGES } from '@tessera/errors';

export class FieldLabelResponse {
  @ApiProperty({ enum: LANGUAGES, example: 'en' }) language!: Label['language'];
  @ApiProperty({ example: 'Building' }) text!: string;
}

export class FieldItemResponse {
  @ApiProperty({ example: 'north' }) value!: string;
  @ApiProperty({ type: [FieldLabelResponse] }) labels!: FieldLabelResponse[];
}

// A field as a form shows it: labels in every language given (show the reader's, else English).
export class FormFieldResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'building', description: 'its value’s name in customData' }) key!: string;
  @ApiProperty({ enum: CUSTOM_FIELD_TYPES }) type!: CustomFieldType;
  @ApiProperty({ type: [FieldLabelResponse] }) labels!: FieldLabelResponse[];
  @ApiProperty({ type: [FieldLabelResponse] }) help!: FieldLabelResponse[];
  @ApiProperty({ description: 'a choice taking several values' }) isMultiple!: boolean;
  @ApiProperty({ enum: FIELD_VISIBILITIES }) visibility!: FieldVisibility;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: [FieldItemResponse], description: 'a choice’s values in order' }) items!: FieldItemResponse[];

  static of(field: FormFieldView): FormFieldResponse {
    const { id, key, type, labels, help, isMultiple, visibility, required, items } = field;
    return { id, key, type, labels, help, isMultiple, visibility, required, items };
  }
}

export class FieldValueResponse {
  @ApiProperty({ type: FormFieldResponse }) field!: FormFieldResponse;
  @ApiProperty({ description: 'as kept in customData', example: 'north' }) value!: unknown;
  @ApiProperty({ nullable: true, type: String, example: 'Facilities', description: 'the name a requester, agent, department or organization field names' }) text!: string | null;

  static of(value: FieldValue): FieldValueResponse {
    return { field: FormFieldResponse.of(value.field), value: value.value, text: value.text };
  }
}
