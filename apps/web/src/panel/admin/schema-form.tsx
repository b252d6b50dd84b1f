import { Button, Checkbox, ColorInput, Fieldset, Group, MultiSelect, NumberInput, PasswordInput, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rowLabel, useReferenceRows } from './admin-data';
import { fieldIn, initialValues, withValue, type FormField, type FormValues } from './admin-schema';

export interface SchemaFormProps {
  section: string;
  fields: readonly FormField[];
  values: FormValues;
  onChange: (values: FormValues) => void;
  // Messages by field path (`name`, `departments.0.roleId`).
  errors: (path: string) => string | undefined;
  // Prefix of the field paths and ids (a row of a `rows` field).
  prefix?: string;
}

// The inputs of a form built from a schema: one per field, its widget by the field's kind.
export function SchemaForm({ section, fields, values, onChange, errors, prefix = '' }: SchemaFormProps) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
      {fields.map((field) => {
        const shown = fieldIn(field, values);
        return (
          shown && (
            <FieldInput
              key={field.name}
              section={section}
              field={shown}
              path={prefix + field.name}
              value={values[field.name]}
              onChange={(value) => onChange(withValue(fields, values, field.name, value))}
              errors={errors}
            />
          )
        );
      })}
    </SimpleGrid>
  );
}

// A field's label: the section's own word for it where it has one, else the shared one. Inside a
// row of a list the fields are the row's: the section's word for a row field (rowFields) where it
// has one (a schedule's `to` closes a day, a trigger's mails someone), else the shared one.
export function useFieldLabel(section: string | null, inRow = false): (name: string) => string {
  const { t, i18n } = useTranslation();
  const group = inRow ? 'rowFields' : 'fields';
  return (name) => (section && i18n.exists(`admin:sections.${section}.${group}.${name}`) ? t(`admin:sections.${section}.${group}.${name}`) : t(`admin:fields.${name}`));
}

interface FieldInputProps {
  section: string;
  field: FormField;
  path: string;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: (path: string) => string | undefined;
}

function FieldInput({ section, field, path, value, onChange, errors }: FieldInputProps) {
  const { t } = useTranslation();
  const label = useFieldLabel(section, path.includes('.'))(field.name);
  const references = useReferenceRows(field.kind === 'reference' || field.kind === 'references' ? field.section : undefined);
  const common = { label, required: field.required, error: errors(path), id: `field-${path.replaceAll('.', '-')}` };
  const options = (references.data ?? []).map((row) => ({ value: row.id, label: rowLabel(row) }));
  const valueLabel = (choice: string) => t(`admin:values.${field.name}.${choice}`);
  switch (field.kind) {
    case 'boolean':
      return <Checkbox {...common} mt="lg" checked={value === true} onChange={(event) => onChange(event.currentTarget.checked)} />;
    case 'number':
      return <NumberInput {...common} min={field.min} max={field.max} allowDecimal={false} value={value as number | string} onChange={onChange} />;
    case 'textarea':
      return <Textarea {...common} autosize minRows={3} value={String(value ?? '')} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'color':
      return <ColorInput {...common} format="hex" withEyeDropper={false} value={String(value ?? '')} onChange={onChange} />;
    case 'password':
      return <PasswordInput {...common} autoComplete="new-password" value={String(value ?? '')} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'choice':
      return <Select {...common} clearable={!field.required} data={(field.values ?? []).map((choice) => ({ value: choice, label: valueLabel(choice) }))} value={(value as string | null) ?? null} onChange={onChange} />;
    case 'reference':
      return <Select {...common} searchable clearable={!field.required} data={options} value={(value as string | null) || null} onChange={onChange} nothingFoundMessage={t('admin:form.nothingFound')} />;
    case 'references':
      return <MultiSelect {...common} searchable data={options} value={(value as string[]) ?? []} onChange={onChange} nothingFoundMessage={t('admin:form.nothingFound')} />;
    case 'list':
      return <TagsInput {...common} value={(value as string[]) ?? []} onChange={onChange} />;
    case 'choices':
      return (
        <Checkbox.Group {...common} value={(value as string[]) ?? []} onChange={onChange} style={{ gridColumn: '1 / -1' }}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs" spacing="xs">
            {(field.values ?? []).map((choice) => (
              <Checkbox key={choice} value={choice} label={valueLabel(choice)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
    case 'object':
      return (
        <Fieldset legend={label} style={{ gridColumn: '1 / -1' }}>
          <SchemaForm section={section} fields={field.rows ?? []} values={(value as FormValues) ?? {}} prefix={`${path}.`} errors={errors} onChange={onChange} />
        </Fieldset>
      );
    case 'rows':
      return <RowsInput section={section} field={field} path={path} label={label} value={(value as FormValues[]) ?? []} onChange={onChange} errors={errors} />;
    default:
      return <TextInput {...common} type={field.kind === 'email' ? 'email' : 'text'} value={String(value ?? '')} onChange={(event) => onChange(event.currentTarget.value)} />;
  }
}

// A list of objects (an agent's extra departments, each with a role): one small form a row.
function RowsInput({ section, field, path, label, value, onChange, errors }: { section: string; field: FormField; path: string; label: string; value: FormValues[]; onChange: (value: unknown) => void; errors: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const rows = field.rows ?? [];
  return (
    <Fieldset legend={label} style={{ gridColumn: '1 / -1' }}>
      <Stack gap="sm">
        {value.map((row, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <SchemaForm section={section} fields={rows} values={row} prefix={`${path}.${index}.`} errors={errors} onChange={(next) => onChange(value.map((old, at) => (at === index ? next : old)))} />
            </div>
            <Button variant="subtle" color="red" onClick={() => onChange(value.filter((_, at) => at !== index))} aria-label={t('admin:form.removeRow', { label, number: index + 1 })}>
              {t('admin:form.remove')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="light" onClick={() => onChange([...value, initialValues(rows)])}>
            {t('admin:form.addRow', { label })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
