import { Injectable } from '@nestjs/common';
import { ConfigCache, TenantDatabase, isUuid } from '@tessera/database';
import { CustomField, CustomForm, CustomFormField, CustomList, HelpTopicForm } from './custom-form.entities';
import { DirectoryErrorCode } from './directory.errors';
import { FormFieldView, FormFiller, FormKind, ReferenceFieldType, checkedCustomData, fieldError, referencesOf } from './custom-form-rules';
import { HelpTopic } from './directory.entities';

export interface FieldValue {
  field: FormFieldView;
  value: unknown;
  // The name a reference names (a requester, agent, department, organization); else null.
  text: string | null;
}

interface FormsConfig {
  lists: CustomList[];
  fields: CustomField[];
  forms: CustomForm[];
  formFields: CustomFormField[];
  topicForms: HelpTopicForm[];
  topics: { id: string; parentId: string | null }[];
}

// Where the rows a reference field names live.
const REFERENCE_TABLES: Record<ReferenceFieldType, string> = {
  requester: 'requesters',
  agent: 'staff',
  department: 'departments',
  organization: 'organizations',
};

// The forms in force: which fields a help topic's tickets (or requesters, organizations) have,
// and the values they take. Read through the ConfigCache; runs in the tenant transaction.
@Injectable()
export class CustomFormService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cache: ConfigCache,
  ) {}

  // The fields of the forms attached to the topic and to each of its ancestors: the root's forms
  // first, each form's fields in order, a field on several forms once (required if any says so).
  async ticketFields(helpTopicId: string | null): Promise<FormFieldView[]> {
    if (!helpTopicId) return [];
    const config = await this.config();
    const parents = new Map(config.topics.map((topic) => [topic.id, topic.parentId]));
    const chain: string[] = [];
    for (let id: string | null | undefined = helpTopicId; id && !chain.includes(id); id = parents.get(id)) chain.unshift(id);
    const formIds = chain.flatMap((topicId) =>
      config.topicForms
        .filter((link) => link.helpTopicId === topicId)
        .sort((a, b) => a.position - b.position)
        .map((link) => link.formId),
    );
    return this.fieldsOf(config, formIds);
  }

  // The fields of every form of a kind (requester, organization), forms by name.
  async recordFields(kind: Exclude<FormKind, 'ticket'>): Promise<FormFieldView[]> {
    const config = await this.config();
    return this.fieldsOf(config, config.forms.filter((form) => form.kind === kind).map((form) => form.id));
  }

  // Every field of the instance, by key: what queues, views and filters read a value by.
  async fieldsByKey(): Promise<Map<string, FormFieldView>> {
    const config = await this.config();
    const fields = this.fieldsOf(config, []);
    for (const field of config.fields) if (!fields.some((f) => f.id === field.id)) fields.push(this.view(config, field, false));
    return new Map(fields.map((field) => [field.key, field]));
  }

  // checkedCustomData, with the ids the values name looked up in the instance.
  async checked(fields: readonly FormFieldView[], given: Readonly<Record<string, unknown>>, filler: FormFiller, current?: Readonly<Record<string, unknown>>, path = 'customData'): Promise<Record<string, unknown>> {
    const data = checkedCustomData(fields, given, filler, current, path);
    const named = referencesOf(fields, data).filter((reference) => reference.key in given);
    for (const reference of named) {
      const [row] = isUuid(reference.id) ? await this.db.manager.query(`select 1 from ${REFERENCE_TABLES[reference.type]} where id = $1`, [reference.id]) : [];
      if (!row) throw fieldError(DirectoryErrorCode.InvalidFieldValue, `${path}.${reference.key}`, `No ${reference.type} with id ${reference.id}`);
    }
    return data;
  }

  // The fields that hold a value, each with it; a reference's value also by the name it names.
  async valuesOf(fields: readonly FormFieldView[], data: Readonly<Record<string, unknown>>): Promise<FieldValue[]> {
    const values: FieldValue[] = [];
    for (const field of fields) {
      const value = data[field.key];
      if (value === undefined || value === null) continue;
      const table = REFERENCE_TABLES[field.type as ReferenceFieldType];
      const [row] = table && typeof value === 'string' && isUuid(value) ? ((await this.db.manager.query(`select name from ${table} where id = $1`, [value])) as { name: string }[]) : [];
      values.push({ field, value, text: row?.name ?? null });
    }
    return values;
  }

  private fieldsOf(config: FormsConfig, formIds: readonly string[]): FormFieldView[] {
    const views = new Map<string, FormFieldView>();
    for (const formId of formIds) {
      const entries = config.formFields.filter((entry) => entry.formId === formId).sort((a, b) => a.position - b.position);
      for (const entry of entries) {
        const known = views.get(entry.fieldId);
        if (known) {
          known.required ||= entry.isRequired;
          continue;
        }
        const field = config.fields.find((f) => f.id === entry.fieldId);
        if (field) views.set(field.id, this.view(config, field, entry.isRequired));
      }
    }
    return [...views.values()];
  }

  private view(config: FormsConfig, field: CustomField, required: boolean): FormFieldView {
    const list = field.listId ? config.lists.find((l) => l.id === field.listId) : undefined;
    return {
      id: field.id,
      key: field.key,
      type: field.type,
      labels: field.labels,
      help: field.help,
      isMultiple: field.isMultiple,
      visibility: field.visibility,
      required,
      items: list?.items ?? [],
    };
  }

  // Copies for each caller: the cached rows stay as loaded.
  private async config(): Promise<FormsConfig> {
    const config = await this.cache.get('directory:forms', async (): Promise<FormsConfig> => {
      const manager = this.db.manager;
      return {
        lists: await manager.find(CustomList),
        fields: await manager.find(CustomField, { order: { key: 'ASC' } }),
        forms: await manager.find(CustomForm, { order: { name: 'ASC' } }),
        formFields: await manager.find(CustomFormField),
        topicForms: await manager.find(HelpTopicForm),
        topics: (await manager.find(HelpTopic, { select: { id: true, parentId: true } })).map((t) => ({ id: t.id, parentId: t.parentId })),
      };
    });
    return structuredClone(config);
  }
}
