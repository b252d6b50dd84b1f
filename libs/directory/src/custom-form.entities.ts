import { jsonColumn } from '@tessera/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustomFieldType, FieldVisibility, FormKind, Label, ListItem } from './custom-form-rules';

@Entity({ name: 'custom_lists' })
export class CustomList {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column(jsonColumn()) items!: ListItem[];
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'custom_fields' })
export class CustomField {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') key!: string;
  @Column('text') type!: CustomFieldType;
  @Column(jsonColumn()) labels!: Label[];
  @Column(jsonColumn()) help!: Label[];
  @Column('uuid', { name: 'list_id', nullable: true }) listId!: string | null;
  @Column('boolean', { name: 'is_multiple' }) isMultiple!: boolean;
  @Column('text') visibility!: FieldVisibility;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'custom_forms' })
export class CustomForm {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: FormKind;
  @Column(jsonColumn()) labels!: Label[];
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'custom_form_fields' })
export class CustomFormField {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'form_id' }) formId!: string;
  @PrimaryColumn('uuid', { name: 'field_id' }) fieldId!: string;
  @Column('integer') position!: number;
  @Column('boolean', { name: 'is_required' }) isRequired!: boolean;
}

@Entity({ name: 'help_topic_forms' })
export class HelpTopicForm {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'help_topic_id' }) helpTopicId!: string;
  @PrimaryColumn('uuid', { name: 'form_id' }) formId!: string;
  @Column('integer') position!: number;
}

export const customFormEntities = [CustomList, CustomField, CustomForm, CustomFormField, HelpTopicForm];
