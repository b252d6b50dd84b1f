import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { isProblem, problemText } from '../../api/problem';
import { FormAlert } from '../../portal/form-alert';
import { useInstance } from '../../shell/instance-context';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { StatusPage } from '../../shell/status-page';
import { ADMIN_KEY, adminRequest, rowLabel, useAdminObject } from './admin-data';
import { useAdminErrors } from './admin-errors';
import { formFields, initialValues, requestBody, type FieldHint, type FormValues, type SchemaName } from './admin-schema';
import { adminSection, type AdminSection, type RelatedForm, type Row } from './admin-sections';
import { RowDetails, RowPanelOf, SecretShown } from './row-panels';
import { SchemaForm } from './schema-form';

// A section's form: /scp/admin/{section}/new creates, /scp/admin/{section}/{id}/edit changes or
// deletes a row, and /scp/admin/settings edits the one settings object.
// `sectionKey` names the section where the route has it in its path (mailboxes/new, beside the
// mailboxes' own pages).
export function AdminEditPage({ sectionKey }: { sectionKey?: string }) {
  const params = useParams();
  const section = adminSection(sectionKey ?? params.section);
  if (!section || (!section.create && !params.id && !section.single)) return <StatusPage kind="page-not-found" home="/scp/admin" />;
  const path = section.single ? section.path : params.id ? `${section.path}/${encodeURIComponent(params.id)}` : null;
  return path ? <EditLoaded key={path} section={section} path={path} /> : <RowForm key={section.key} section={section} />;
}

function EditLoaded({ section, path }: { section: AdminSection; path: string }) {
  const row = useAdminObject(path);
  if (row.isPending) return <Loading />;
  const missing = row.isError && isProblem(row.error) && row.error.status === 404;
  // Not set up yet: the form starts empty and the first save creates it.
  if (missing && section.replace) return <RowForm section={section} path={path} />;
  if (row.isError) return missing ? <StatusPage kind="page-not-found" home={`/scp/admin/${section.key}`} /> : <LoadFailed />;
  return <RowForm section={section} path={path} row={row.data} />;
}

function RowForm({ section, path, row }: { section: AdminSection; path?: string; row?: Row }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const navigate = useNavigate();
  const client = useQueryClient();
  const location = useLocation();
  const editing = path !== undefined;
  const schema = editing ? section.update : section.create;
  const fields = useMemo(() => (schema ? formFields(schema, section.hints) : []), [schema, section.hints]);
  const before = useMemo(() => (row ? initialValues(fields, section.editable ? section.editable(row) : row) : undefined), [fields, row, section]);
  const [values, setValues] = useState<FormValues>(() => before ?? initialValues(fields));
  const created = location.state as { created?: boolean; secret?: string } | null;
  const [saved, setSaved] = useState<boolean>(() => created?.created === true);
  // Shown this once: kept by the page, not in the browser's history.
  const [secret] = useState(created?.secret);
  useEffect(() => {
    if (created?.secret) void navigate(location.pathname, { replace: true, state: { created: true } });
  }, [created, location.pathname, navigate]);
  const [unchanged, setUnchanged] = useState(false);
  const save = useMutation({
    mutationFn: (body: FormValues) =>
      section.replace ? adminRequest<Row>(slug, 'PUT', path!, body) : editing ? adminRequest<Row>(slug, 'PATCH', path, body) : adminRequest<Row>(slug, 'POST', section.path, body),
    onSuccess: async (result) => {
      // The answer is the saved object: a first save of a replaced object keeps its form (no
      // loading page while the refetch runs).
      if (section.replace) client.setQueryData([ADMIN_KEY, path], result);
      await client.invalidateQueries({ queryKey: [ADMIN_KEY] });
      const secret = section.secret ? (result[section.secret] as string | undefined) : undefined;
      if (!editing) void navigate(`/scp/admin/${section.key}/${encodeURIComponent(result.id)}/edit`, { state: { created: true, secret } });
      else setSaved(true);
    },
  });
  const errors = useAdminErrors(save.error, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // Saved whole: every field goes, not only the changed ones.
    const body = requestBody(fields, values, section.replace ? undefined : before);
    setUnchanged(editing && !section.replace && Object.keys(body).length === 0);
    if (!editing || section.replace || Object.keys(body).length > 0) save.mutate(body);
  };
  const title = section.single ? t(`admin:sections.${section.key}.title`) : editing ? rowLabel(row) : t(`admin:sections.${section.key}.new`);
  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{title}</Title>
      {!section.single && (
        <Anchor component={Link} to={`/scp/admin/${section.key}`} size="sm">
          {t('admin:form.back', { section: t(`admin:sections.${section.key}.title`) })}
        </Anchor>
      )}
      {saved && !save.isPending && (
        <Alert color="teal" role="status">
          {t('admin:form.saved')}
        </Alert>
      )}
      {unchanged && (
        <Alert color="gray" role="status">
          {t('admin:form.unchanged')}
        </Alert>
      )}
      {secret && section.secret && <SecretShown section={section.key} field={section.secret} secret={secret} />}
      {schema ? (
        <form onSubmit={submit} noValidate aria-label={title}>
          <Stack gap="md">
            <FormAlert message={errors.form} />
            <SchemaForm section={section.key} fields={fields} values={values} onChange={setValues} errors={errors.field} />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {editing ? t('admin:form.save') : t('admin:form.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        row && <RowDetails section={section} row={row} />
      )}
      {editing && row && section.check && <CheckAnswer section={section} path={path} check={section.check} />}
      {editing && row && section.related?.map((related) => <RelatedSave key={related.key} section={section} related={related} path={path} row={row} />)}
      {editing && row && section.rowPanels?.map((panel) => <RowPanelOf key={panel} panel={panel} section={section} path={path} row={row} />)}
      {editing && row && (typeof section.deletable === 'function' ? section.deletable(row) : section.deletable) && <DeleteRow section={section} path={path} name={rowLabel(row)} />}
    </Stack>
  );
}

// A sub-resource of the row, replaced as a whole (a team's members; an SLA plan's escalation
// line, read from its own address).
function RelatedSave({ section, related, path, row }: { section: AdminSection; related: RelatedForm; path: string; row: Row }) {
  const { t } = useTranslation();
  const heading = t(`admin:sections.${section.key}.related.${related.key}`);
  const at = `${path}/${related.path}`;
  if (!related.valuesOf) return <LoadedReplaceForm section={section.key} schema={related.schema} hints={section.hints} path={at} heading={heading} />;
  return <ReplaceForm section={section.key} schema={related.schema} hints={section.hints} path={at} heading={heading} values={related.valuesOf(row)} />;
}

export interface ReplaceFormProps {
  section: string;
  schema: SchemaName;
  hints?: Record<string, FieldHint>;
  // Read (where loaded) and replaced with PUT.
  path: string;
  heading: string;
  headingLevel?: 2 | 3;
}

// A form for an object replaced as a whole, starting from what its address answers.
export function LoadedReplaceForm(props: ReplaceFormProps) {
  const stored = useAdminObject<Record<string, unknown>>(props.path);
  if (stored.isPending) return <Loading />;
  if (stored.isError) return <LoadFailed />;
  return <ReplaceForm {...props} values={stored.data} />;
}

export function ReplaceForm({ section, schema, hints, path, heading, headingLevel = 2, values: start }: ReplaceFormProps & { values: Record<string, unknown> }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const client = useQueryClient();
  const fields = useMemo(() => formFields(schema, hints), [schema, hints]);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields, start));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => adminRequest<Row>(slug, 'PUT', path, requestBody(fields, values)),
    onSuccess: async (answer) => {
      setSaved(true);
      client.setQueryData([ADMIN_KEY, path], answer);
      await client.invalidateQueries({ queryKey: [ADMIN_KEY] });
    },
  });
  const errors = useAdminErrors(save.error, fields);
  return (
    <form
      aria-label={heading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={headingLevel} size={headingLevel === 2 ? 'h3' : 'h4'}>
          {heading}
        </Title>
        {saved && !save.isPending && (
          <Alert color="teal" role="status">
            {t('admin:form.saved')}
          </Alert>
        )}
        <FormAlert message={errors.form} />
        <SchemaForm section={section} fields={fields} values={values} onChange={setValues} errors={errors.field} />
        <Group>
          <Button type="submit" variant="light" loading={save.isPending}>
            {t('admin:form.saveRelated', { what: heading })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface CheckResult {
  summary: string;
  sample: Record<string, string | null>[];
}

// A check of the saved object (the directory's "test connection"): what it found, or the
// problem in the person's language.
function CheckAnswer({ section, path, check }: { section: AdminSection; path: string; check: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const run = useMutation({ mutationFn: () => adminRequest<CheckResult>(slug, 'POST', `${path}/${check}`) });
  const heading = t(`admin:sections.${section.key}.check.title`);
  return (
    <Stack gap="sm" mt="lg" component="section" aria-label={heading}>
      <Title order={2} size="h3">
        {heading}
      </Title>
      <Text size="sm" c="dimmed">
        {t(`admin:sections.${section.key}.check.text`)}
      </Text>
      <Group>
        <Button loading={run.isPending} onClick={() => run.mutate()}>
          {t(`admin:sections.${section.key}.check.button`)}
        </Button>
      </Group>
      {run.isError && (
        <Alert color="red" role="alert">
          <Text size="sm" fw={700}>
            {t(`admin:sections.${section.key}.check.failed`)}
          </Text>
          <Text size="sm">{problemText(run.error) ?? t('common:error.generic')}</Text>
        </Alert>
      )}
      {run.isSuccess && (
        <Alert color="teal" role="status">
          <Text size="sm" fw={700}>
            {t(`admin:sections.${section.key}.check.found`, { count: run.data.sample.length })}
          </Text>
          <List size="sm">
            {run.data.sample.map((person) => (
              <List.Item key={person.dn}>
                {[person.name, person.email, person.department].filter(Boolean).join(' · ')} <Text span size="xs" c="dimmed">({person.dn})</Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

// Deleting asks first; a row still in use is refused (409) and the page says by what.
function DeleteRow({ section, path, name }: { section: AdminSection; path: string; name: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => adminRequest<void>(slug, 'DELETE', path),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [ADMIN_KEY] });
      void navigate(`/scp/admin/${section.key}`);
    },
    onSettled: () => setAsking(false),
  });
  const inUse = isProblem(remove.error) && remove.error.status === 409;
  return (
    <Stack gap="sm" mt="lg">
      {remove.error && (
        <Alert color="red" role="alert" title={inUse ? t('admin:delete.inUseTitle', { name }) : undefined}>
          {inUse ? t('admin:delete.inUse', { detail: problemText(remove.error) ?? '' }) : (problemText(remove.error) ?? t('common:error.generic'))}
        </Alert>
      )}
      <Group>
        <Button color="red" variant="outline" onClick={() => setAsking(true)}>
          {t([`admin:sections.${section.key}.delete.button`, 'admin:delete.button'])}
        </Button>
      </Group>
      <Modal opened={asking} onClose={() => setAsking(false)} withCloseButton={false} title={t([`admin:sections.${section.key}.delete.title`, 'admin:delete.title'], { name })}>
        <Stack gap="md">
          {t([`admin:sections.${section.key}.delete.text`, 'admin:delete.text'])}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t([`admin:sections.${section.key}.delete.cancel`, 'admin:delete.cancel'])}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t([`admin:sections.${section.key}.delete.confirm`, 'admin:delete.confirm'])}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
