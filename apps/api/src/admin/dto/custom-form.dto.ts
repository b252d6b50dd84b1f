import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { LANGUAGES, Language } from '@tessera/errors';
import {
  CUSTOM_FIELD_TYPES,
  CustomField,
  CustomFieldType,
  CustomFormView,
  CustomList,
  FIELD_VISIBILITIES,
  FORM_KINDS,
  FieldVisibility,
  FormKind,
} from '@tessera/directory';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class LabelRequest {
  @ApiProperty({ enum: LANGUAGES, example: 'en' })
  @IsIn(LANGUAGES)
  language!: Language;

  @ApiProperty({ example: 'Building', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  text!: string;
}

export class ListItemRequest {
  @ApiProperty({ example: 'north', description: 'kept in the ticket; unique in the list' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  value!: string;

  @ApiProperty({ type: [LabelRequest], example: [{ language: 'en', text: 'North wing' }], description: 'without one in a language: the English label, else the value' })
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LabelRequest)
  labels!: LabelRequest[];
}

export class CreateCustomListRequest {
  @ApiProperty({ example: 'Buildings' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ type: [ListItemRequest], example: [{ value: 'north', labels: [{ language: 'en', text: 'North wing' }] }], description: 'in the order they are offered' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ListItemRequest)
  items!: ListItemRequest[];
}

export class UpdateCustomListRequest extends PartialType(CreateCustomListRequest, { skipNullProperties: false }) {}

export class CustomListResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Buildings' }) name!: string;
  @ApiProperty({ type: [ListItemRequest] }) items!: ListItemRequest[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(list: CustomList): CustomListResponse {
    return { id: list.id, name: list.name, items: list.items, createdAt: list.createdAt, updatedAt: list.updatedAt };
  }
}

export class CreateCustomFieldRequest {
  @ApiProperty({ example: 'building', pattern: '^[a-z][a-z0-9_]{0,39}$', description: 'the name of its value in customData; cannot change' })
  @IsString()
  @Length(1, 40)
  key!: string;

  @ApiProperty({ enum: CUSTOM_FIELD_TYPES, example: 'choice', description: 'cannot change; requester, agent, department and organization take an id of this instance' })
  @IsIn(CUSTOM_FIELD_TYPES)
  type!: CustomFieldType;

  @ApiProperty({ type: [LabelRequest], example: [{ language: 'en', text: 'Building' }, { language: 'de', text: 'Gebäude' }], description: 'at least one' })
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LabelRequest)
  labels!: LabelRequest[];

  @ApiPropertyOptional({ type: [LabelRequest], example: [{ language: 'en', text: 'Where the problem is' }], description: 'shown under the field' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LabelRequest)
  help?: LabelRequest[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the list a choice field takes its values from (choice fields only)' })
  @IsOptional()
  @IsUUID()
  listId?: string | null;

  @ApiPropertyOptional({ default: false, description: 'a choice field taking several values' })
  @OptionalNotNull()
  @IsBoolean()
  isMultiple?: boolean;

  @ApiPropertyOptional({
    enum: FIELD_VISIBILITIES,
    default: 'requester_edit',
    example: 'requester_edit',
    description: 'requester_edit: requesters see and fill it in; requester_view: they see it, agents fill it in; agents: for agents only',
  })
  @OptionalNotNull()
  @IsIn(FIELD_VISIBILITIES)
  visibility?: FieldVisibility;
}

export class UpdateCustomFieldRequest extends PartialType(OmitType(CreateCustomFieldRequest, ['key', 'type'] as const), { skipNullProperties: false }) {}

export class CustomFieldResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'building' }) key!: string;
  @ApiProperty({ enum: CUSTOM_FIELD_TYPES }) type!: CustomFieldType;
  @ApiProperty({ type: [LabelRequest] }) labels!: LabelRequest[];
  @ApiProperty({ type: [LabelRequest] }) help!: LabelRequest[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) listId!: string | null;
  @ApiProperty() isMultiple!: boolean;
  @ApiProperty({ enum: FIELD_VISIBILITIES }) visibility!: FieldVisibility;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(field: CustomField): CustomFieldResponse {
    const { tenantId: _tenant, ...rest } = field;
    return rest;
  }
}

export class FormFieldRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  fieldId!: string;

  @ApiPropertyOptional({ default: false, description: 'a required check box must be ticked; mail-opened tickets are not held to it' })
  @OptionalNotNull()
  @IsBoolean()
  required?: boolean;
}

export class CreateCustomFormRequest {
  @ApiProperty({ example: 'Facilities request' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: FORM_KINDS, example: 'ticket', description: 'ticket: shown for its help topics; requester, organization: the extra fields of every person or organization. Cannot change' })
  @IsIn(FORM_KINDS)
  kind!: FormKind;

  @ApiPropertyOptional({ type: [LabelRequest], example: [{ language: 'en', text: 'About the room' }], description: 'the heading shown above its fields' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LabelRequest)
  labels?: LabelRequest[];

  @ApiProperty({ type: [FormFieldRequest], example: [{ fieldId: '0193a1b2-0000-7000-8000-000000000001', required: true }], description: 'in the order shown' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FormFieldRequest)
  fields!: FormFieldRequest[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', example: [], description: 'ticket forms: the help topics showing it, and their sub-topics' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID(undefined, { each: true })
  helpTopicIds?: string[];
}

export class UpdateCustomFormRequest extends PartialType(OmitType(CreateCustomFormRequest, ['kind'] as const), { skipNullProperties: false }) {}

export class CustomFormResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Facilities request' }) name!: string;
  @ApiProperty({ enum: FORM_KINDS }) kind!: FormKind;
  @ApiProperty({ type: [LabelRequest] }) labels!: LabelRequest[];
  @ApiProperty({ type: [FormFieldRequest] }) fields!: FormFieldRequest[];
  @ApiProperty({ type: [String], format: 'uuid' }) helpTopicIds!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of({ form, fields, helpTopicIds }: CustomFormView): CustomFormResponse {
    return { id: form.id, name: form.name, kind: form.kind, labels: form.labels, fields, helpTopicIds, createdAt: form.createdAt, updatedAt: form.updatedAt };
  }
}
