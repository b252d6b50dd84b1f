import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid, newId, refuseDuplicate } from '@tessera/database';
import { checkedName, deleteUnlessUsed, saveNamed } from './admin-rules';
import { CustomField, CustomForm, CustomFormField, CustomList, HelpTopicForm } from './custom-form.entities';
import { CustomFieldType, FieldVisibility, FormKind, Label, ListItem, MAX_FORM_FIELDS, checkedFieldKey, checkedLabels, checkedListItems } from './custom-form-rules';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface CustomListInput {
  name: string;
  items: ListItem[];
}

export interface CustomFieldInput {
  key: string;
  type: CustomFieldType;
  labels: Label[];
  help?: Label[];
  listId?: string | null;
  isMultiple?: boolean;
  visibility?: FieldVisibility;
}

// The key and the type stay: stored values are kept under the one and in the shape of the other.
export type CustomFieldChanges = Partial<Omit<CustomFieldInput, 'key' | 'type'>>;

export interface FormFieldInput {
  fieldId: string;
  required?: boolean;
}

export interface CustomFormInput {
  name: string;
  kind: FormKind;
  labels?: Label[];
  fields: FormFieldInput[];
  // Ticket forms: the help topics showing the form (and their sub-topics).
  helpTopicIds?: string[];
}

export type CustomFormChanges = Partial<Omit<CustomFormInput, 'kind'>>;

export interface CustomFormView {
  form: CustomForm;
  fields: { fieldId: string; required: boolean }[];
  helpTopicIds: string[];
}

// Managers' lists, fields and forms. Runs in the tenant transaction.
@Injectable()
export class CustomFormAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  lists(): Promise<CustomList[]> {
    return this.db.manager.find(CustomList, { order: { name: 'ASC' } });
  }

  list(id: string): Promise<CustomList> {
    return this.one(CustomList, id, 'list');
  }

  async createList(input: CustomListInput): Promise<CustomList> {
    const now = new Date();
    return this.saveList(Object.assign(new CustomList(), { tenantId: this.db.tenant.id, id: newId(), createdAt: now }), input);
  }

  async updateList(id: string, changes: Partial<CustomListInput>): Promise<CustomList> {
    return this.saveList(await this.list(id), changes);
  }

  async deleteList(id: string): Promise<void> {
    await this.list(id);
    await deleteUnlessUsed(this.db.manager, CustomList, id, 'list', [{ table: 'custom_fields', column: 'list_id', label: 'choice fields' }]);
  }

  fields(): Promise<CustomField[]> {
    return this.db.manager.find(CustomField, { order: { key: 'ASC' } });
  }

  field(id: string): Promise<CustomField> {
    return this.one(CustomField, id, 'field');
  }

  async createField(input: CustomFieldInput): Promise<CustomField> {
    const now = new Date();
    const field = Object.assign(new CustomField(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      key: checkedFieldKey(input.key),
      type: input.type,
      help: [],
      listId: null,
      isMultiple: false,
      visibility: 'requester_edit',
      createdAt: now,
    });
    return this.saveField(field, input);
  }

  async updateField(id: string, changes: CustomFieldChanges): Promise<CustomField> {
    return this.saveField(await this.field(id), changes);
  }

  async deleteField(id: string): Promise<void> {
    await this.field(id);
    await deleteUnlessUsed(this.db.manager, CustomField, id, 'field', [{ table: 'custom_form_fields', column: 'field_id', label: 'forms' }], 'take it off its forms first');
  }

  async forms(): Promise<CustomFormView[]> {
    const forms = await this.db.manager.find(CustomForm, { order: { name: 'ASC' } });
    return Promise.all(forms.map((form) => this.view(form)));
  }

  async form(id: string): Promise<CustomFormView> {
    return this.view(await this.one(CustomForm, id, 'form'));
  }

  async createForm(input: CustomFormInput): Promise<CustomFormView> {
    const now = new Date();
    const form = Object.assign(new CustomForm(), { tenantId: this.db.tenant.id, id: newId(), kind: input.kind, labels: [], createdAt: now });
    return this.saveForm(form, input);
  }

  async updateForm(id: string, changes: CustomFormChanges): Promise<CustomFormView> {
    return this.saveForm(await this.one(CustomForm, id, 'form'), changes);
  }

  async deleteForm(id: string): Promise<void> {
    await this.one(CustomForm, id, 'form');
    // Its field entries and topic links go with it; ticket values stay in the tickets.
    await this.db.manager.delete(CustomForm, { id });
  }

  private async saveList(list: CustomList, changes: Partial<CustomListInput>): Promise<CustomList> {
    if (changes.name !== undefined) list.name = checkedName(changes.name);
    if (changes.items !== undefined) list.items = checkedListItems(changes.items);
    list.updatedAt = new Date();
    return saveNamed(this.db.manager, CustomList, list, 'list');
  }

  private async saveField(field: CustomField, changes: CustomFieldChanges): Promise<CustomField> {
    if (changes.labels !== undefined) field.labels = checkedLabels(changes.labels, 'labels');
    if (changes.help !== undefined) field.help = checkedLabels(changes.help, 'help', false);
    if (changes.visibility !== undefined) field.visibility = changes.visibility;
    if (changes.isMultiple !== undefined) field.isMultiple = changes.isMultiple;
    if (changes.listId !== undefined) field.listId = changes.listId && (await this.list(changes.listId)).id;
    if (field.type === 'choice' && !field.listId) throw invalidField('listId', 'A choice field takes its values from a list: name it');
    if (field.type !== 'choice' && field.listId) throw invalidField('listId', 'Only choice fields take a list');
    if (field.type !== 'choice' && field.isMultiple) throw invalidField('isMultiple', 'Only choice fields take several values');
    field.updatedAt = new Date();
    await refuseDuplicate(
      () => this.db.manager.save(CustomField, field),
      () => new DirectoryError(DirectoryErrorCode.NameTaken, `There is already a field with the key "${field.key}"`, { field: 'key' }),
    );
    return field;
  }

  private async saveForm(form: CustomForm, changes: CustomFormChanges): Promise<CustomFormView> {
    const manager = this.db.manager;
    if (changes.name !== undefined) form.name = checkedName(changes.name);
    if (changes.labels !== undefined) form.labels = checkedLabels(changes.labels, 'labels', false);
    const fields = changes.fields === undefined ? undefined : await this.checkedFields(changes.fields);
    if (changes.helpTopicIds !== undefined && changes.helpTopicIds.length > 0 && form.kind !== 'ticket') {
      throw invalidField('helpTopicIds', 'Only ticket forms are attached to help topics');
    }
    const topicIds = changes.helpTopicIds === undefined ? undefined : [...new Set(changes.helpTopicIds)];
    for (const [index, topicId] of (topicIds ?? []).entries()) {
      await this.directory.helpTopic(topicId).catch(() => {
        throw invalidField(`helpTopicIds.${index}`, `No help topic with id ${topicId}`);
      });
    }
    form.updatedAt = new Date();
    await saveNamed(manager, CustomForm, form, 'form');
    if (fields) {
      await manager.delete(CustomFormField, { formId: form.id });
      await manager.insert(
        CustomFormField,
        fields.map((field, index) => ({ tenantId: form.tenantId, formId: form.id, fieldId: field.fieldId, position: index + 1, isRequired: field.required ?? false })),
      );
    }
    if (topicIds) {
      const kept = await manager.find(HelpTopicForm, { where: { formId: form.id } });
      const gone = kept.filter((link) => !topicIds.includes(link.helpTopicId));
      for (const link of gone) await manager.delete(HelpTopicForm, { formId: form.id, helpTopicId: link.helpTopicId });
      for (const topicId of topicIds.filter((id) => !kept.some((link) => link.helpTopicId === id))) {
        // After the topic's other forms.
        await manager.query(
          `insert into help_topic_forms (tenant_id, help_topic_id, form_id, position)
           select tessera_current_tenant(), $1, $2, coalesce(max(position), 0) + 1 from help_topic_forms where help_topic_id = $1`,
          [topicId, form.id],
        );
      }
    }
    return this.view(form);
  }

  private async checkedFields(fields: readonly FormFieldInput[]): Promise<FormFieldInput[]> {
    if (fields.length > MAX_FORM_FIELDS) throw invalidField('fields', `A form holds at most ${MAX_FORM_FIELDS} fields`);
    const seen = new Set<string>();
    for (const [index, entry] of fields.entries()) {
      const known = isUuid(entry.fieldId) ? await this.db.manager.findOneBy(CustomField, { id: entry.fieldId }) : null;
      if (!known) throw invalidField(`fields.${index}.fieldId`, `No field with id ${entry.fieldId}`);
      if (seen.has(entry.fieldId)) throw invalidField(`fields.${index}.fieldId`, 'The field is already on the form');
      seen.add(entry.fieldId);
    }
    return [...fields];
  }

  private async view(form: CustomForm): Promise<CustomFormView> {
    const entries = await this.db.manager.find(CustomFormField, { where: { formId: form.id }, order: { position: 'ASC' } });
    const links = await this.db.manager.find(HelpTopicForm, { where: { formId: form.id }, order: { helpTopicId: 'ASC' } });
    return { form, fields: entries.map((e) => ({ fieldId: e.fieldId, required: e.isRequired })), helpTopicIds: links.map((l) => l.helpTopicId) };
  }

  private async one<T extends CustomList | CustomField | CustomForm>(entity: new () => T, id: string, what: string): Promise<T> {
    const row = isUuid(id) ? await this.db.manager.findOne(entity, { where: { id } as never }) : null;
    if (!row) throw new DirectoryError(DirectoryErrorCode.NotFound, `No ${what} with id ${id}`);
    return row;
  }
}
