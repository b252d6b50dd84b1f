import { Alert, Badge, Button, Code, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { LANGUAGES, isLanguage, type Language } from '../../i18n/languages';
import { FormAlert, useFormErrors } from '../../portal/form-alert';
import { useInstance } from '../../shell/instance-context';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { ADMIN_KEY, adminRequest, useAdminObject } from './admin-data';

type Summary = components['schemas']['TemplateSummaryResponse'];
type Template = components['schemas']['TemplateResponse'];
type Preview = components['schemas']['TemplatePreviewResponse'];

const KINDS = ['notice', 'alert', 'portal'] as const;

// /scp/admin/templates: the mail templates of every key and language, each with its variables,
// saved, put back to the shipped text, or previewed with sample values before saving.
export function AdminTemplatesPage() {
  const { t, i18n } = useTranslation();
  const list = useAdminObject<Summary[]>('templates');
  const [key, setKey] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadFailed />;
  const chosen = key ?? list.data[0]?.key ?? null;
  const summary = list.data.find((row) => row.key === chosen);
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t('admin:templates.title')}</Title>
        <Text c="dimmed" mt="xs">
          {t('admin:templates.intro')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('admin:templates.template')}
          allowDeselect={false}
          searchable
          data={KINDS.map((kind) => ({
            group: t(`admin:templates.kinds.${kind}`),
            items: list.data.filter((row) => row.kind === kind).map((row) => ({ value: row.key, label: t(`admin:mails.${row.key}`) })),
          }))}
          value={chosen}
          onChange={setKey}
        />
        <Select
          label={t('admin:pages.language')}
          allowDeselect={false}
          data={LANGUAGES.map((value) => ({
            value,
            label: `${t(`admin:values.language.${value}`)}${summary?.languages.find((row) => row.language === value)?.overridden ? ` (${t('admin:templates.changed')})` : ''}`,
          }))}
          value={language}
          onChange={(value) => value && isLanguage(value) && setLanguage(value)}
        />
      </SimpleGrid>
      {chosen && <TemplateEditor key={`${chosen}/${language}`} templateKey={chosen} language={language} />}
    </Stack>
  );
}

function TemplateEditor({ templateKey, language }: { templateKey: string; language: Language }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const client = useQueryClient();
  const path = `templates/${templateKey}/${language}`;
  const stored = useAdminObject<Template>(path);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  useEffect(() => {
    if (stored.data) {
      setSubject(stored.data.subject);
      setBody(stored.data.body);
    }
  }, [stored.data]);
  const refresh = () => client.invalidateQueries({ queryKey: [ADMIN_KEY] });
  const save = useMutation({ mutationFn: () => adminRequest<Template>(slug, 'PUT', path, { subject, body }), onSuccess: refresh });
  const revert = useMutation({ mutationFn: () => adminRequest<void>(slug, 'DELETE', path), onSuccess: refresh });
  const preview = useMutation({ mutationFn: () => adminRequest<Preview>(slug, 'POST', `${path}/preview`, { subject, body }) });
  const errors = useFormErrors(save.error ?? preview.error ?? revert.error, ['subject', 'body']);
  if (stored.isPending) return <Loading />;
  if (stored.isError) return <LoadFailed />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    preview.reset();
    save.mutate();
  };
  const heading = t(`admin:mails.${templateKey}`);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="template-heading">
      <form onSubmit={submit} noValidate aria-label={heading}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3" id="template-heading">
              {heading}
            </Title>
            <Badge color={stored.data.overridden ? 'teal.9' : 'gray.7'} variant="filled">
              {stored.data.overridden ? t('admin:templates.changed') : t('admin:templates.shipped')}
            </Badge>
          </Group>
          <Group gap={4} wrap="wrap">
            <Text size="sm">{t('admin:templates.variables')}</Text>
            {stored.data.variables.map((variable) => (
              <Code key={variable.name}>{`{{${variable.name}}}`}</Code>
            ))}
          </Group>
          <FormAlert message={errors.form} />
          <TextInput label={t('admin:templates.subject')} required id="field-subject" value={subject} error={errors.field('subject')} onChange={(event) => setSubject(event.currentTarget.value)} />
          <Textarea label={t('admin:templates.body')} required id="field-body" autosize minRows={8} value={body} error={errors.field('body')} onChange={(event) => setBody(event.currentTarget.value)} />
          {save.isSuccess && (
            <Alert color="teal" role="status">
              {t('admin:form.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('admin:form.save')}
            </Button>
            <Button variant="light" loading={preview.isPending} onClick={() => preview.mutate()}>
              {t('admin:templates.preview')}
            </Button>
            {stored.data.overridden && (
              <Button variant="default" loading={revert.isPending} onClick={() => revert.mutate()}>
                {t('admin:templates.revert')}
              </Button>
            )}
          </Group>
          {preview.data && (
            <Paper withBorder p="md" bg="gray.0" role="region" aria-label={t('admin:templates.previewTitle')}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="xs">
                {t('admin:templates.previewTitle')}
              </Text>
              <Text fw={700}>{preview.data.subject}</Text>
              <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {preview.data.text}
              </Text>
            </Paper>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
