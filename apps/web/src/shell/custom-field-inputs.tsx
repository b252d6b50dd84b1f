import { Checkbox, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';

export type FormField = components['schemas']['FormFieldResponse'];
type Label = FormField['labels'][number];
export type CustomValues = Record<string, unknown>;

// The label in the reader's language, else English, else the first there is.
export function labelIn(labels: readonly Label[], language: string): string {
  return (labels.find((l) => l.language === language) ?? labels.find((l) => l.language === 'en') ?? labels[0])?.text ?? '';
}

// The fields a requester fills in on the portal: their own, but no reference (the portal lists no
// agents, departments, organizations or requesters to pick from; the API refuses them too).
const REFERENCE_TYPES: readonly string[] = ['requester', 'agent', 'department', 'organization'];
export const requesterFills = (field: FormField) => field.visibility === 'requester_edit' && !REFERENCE_TYPES.includes(field.type);

// The choices of the reference fields by type; a type without them is typed as an id.
export type ReferenceChoices = Partial<Record<'agent' | 'department' | 'organization', { value: string; label: string }[]>>;

// The problem pointers of the fields, for useFormErrors.
export const customDataPaths = (fields: readonly FormField[]) => fields.map((field) => `customData.${field.key}`);

// The values to send: empty ones left out; a date and time in the browser's zone as an instant.
export function customDataOf(fields: readonly FormField[], values: CustomValues): CustomValues {
  const data: CustomValues = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    data[field.key] = field.type === 'date_time' && typeof value === 'string' ? new Date(value).toISOString() : value;
  }
  return data;
}

// A form's custom fields as inputs, in order; `editable` false shows a field without changing it.
export function CustomFieldInputs({
  fields,
  values,
  onChange,
  error,
  editable = () => true,
  references = {},
}: {
  fields: readonly FormField[];
  values: CustomValues;
  onChange: (values: CustomValues) => void;
  error: (path: string) => string | undefined;
  editable?: (field: FormField) => boolean;
  references?: ReferenceChoices;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Stack gap="sm">
      {fields.filter(editable).map((field) => {
        const set = (value: unknown) => onChange({ ...values, [field.key]: value });
        const value = values[field.key];
        const common = {
          id: `custom-${field.key}`,
          label: labelIn(field.labels, language),
          description: field.help.length > 0 ? labelIn(field.help, language) : undefined,
          // Not the browser's own check: the API's answer names the field, in the reader's language.
          'aria-required': field.required,
          error: error(`customData.${field.key}`),
        };
        const marked = { ...common, withAsterisk: field.required };
        const text = (type: string) => <TextInput key={field.key} {...marked} type={type} value={String(value ?? '')} onChange={(event) => set(event.currentTarget.value)} />;
        switch (field.type) {
          case 'long_text':
            return <Textarea key={field.key} {...marked} autosize minRows={3} value={String(value ?? '')} onChange={(event) => set(event.currentTarget.value)} />;
          case 'number':
            return <NumberInput key={field.key} {...marked} value={(value as number | string) ?? ''} onChange={(next) => set(next === '' ? null : Number(next))} />;
          case 'checkbox': {
            // Mantine's check box has no asterisk of its own: the same mark as the other inputs'.
            const label = field.required ? (
              <>
                {common.label}{' '}
                <Text span c="var(--mantine-color-error)" aria-hidden="true">
                  {'*'}
                </Text>
              </>
            ) : (
              common.label
            );
            return <Checkbox key={field.key} {...common} label={label} checked={value === true} onChange={(event) => set(event.currentTarget.checked)} />;
          }
          case 'choice': {
            const data = field.items.map((item) => ({ value: item.value, label: labelIn(item.labels, language) || item.value }));
            return field.isMultiple ? (
              <MultiSelect key={field.key} {...marked} data={data} searchable value={(value as string[]) ?? []} onChange={set} />
            ) : (
              <Select key={field.key} {...marked} data={data} searchable clearable={!field.required} value={(value as string | null) ?? null} onChange={set} />
            );
          }
          case 'agent':
          case 'department':
          case 'organization': {
            const data = references[field.type];
            if (!data) return text('text');
            return <Select key={field.key} {...marked} data={data} searchable clearable={!field.required} value={(value as string | null) ?? null} onChange={set} />;
          }
          case 'date':
            return text('date');
          case 'date_time':
            return text('datetime-local');
          case 'email':
            return text('email');
          case 'phone':
            return text('tel');
          default:
            return text('text');
        }
      })}
    </Stack>
  );
}

type FieldValue = components['schemas']['FieldValueResponse'];

// A stored value as a reader sees it: a choice by its label, a check box as yes or no, a
// reference by the name it names.
export function useValueText(): (field: FormField, value: unknown, text?: string | null) => string {
  const { t, i18n } = useTranslation();
  return (field, value, text) => {
    if (text) return text;
    if (field.type === 'checkbox') return value === true ? t('common:customFields.yes') : t('common:customFields.no');
    if (field.type === 'choice') {
      const values = Array.isArray(value) ? (value as string[]) : [String(value)];
      return values.map((one) => labelIn(field.items.find((item) => item.value === one)?.labels ?? [], i18n.language) || one).join(', ');
    }
    if (field.type === 'date_time' && typeof value === 'string') return new Date(value).toLocaleString(i18n.language);
    return String(value);
  };
}

// Filled-in fields as a list of labels and values.
export function CustomFieldValues({ values }: { values: readonly FieldValue[] }) {
  const { i18n } = useTranslation();
  const valueText = useValueText();
  if (values.length === 0) return null;
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '1rem', rowGap: '0.25rem', margin: 0 }}>
      {values.map(({ field, value, text }) => (
        <div key={field.key} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{labelIn(field.labels, i18n.language)}</dt>
          <dd style={{ margin: 0 }}>{valueText(field, value, text)}</dd>
        </div>
      ))}
    </dl>
  );
}
