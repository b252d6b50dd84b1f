import { Alert, Button, FileInput, Group, Image, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem';
import type { components } from '../../api/schema';
import { LANGUAGES, isLanguage, type Language } from '../../i18n/languages';
import { FormAlert } from '../../portal/form-alert';
import { PortalPageText } from '../../portal/portal-pages';
import { useInstance } from '../../shell/instance-context';
import { ADMIN_KEY, adminRequest, useAdminObject } from './admin-data';

type Page = components['schemas']['PageResponse'];
const KINDS = ['landing', 'thank-you', 'offline'] as const;
type Kind = (typeof KINDS)[number];

// /scp/admin/pages: the portal's own pages per language, and the instance's logo. The company
// name, colour and the portal's on/off switch are settings.
export function AdminPagesPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t('admin:pages.title')}</Title>
        <Text c="dimmed" mt="xs">
          {t('admin:pages.intro')}
        </Text>
      </div>
      <LogoCard />
      <PageEditor />
    </Stack>
  );
}

function LogoCard() {
  const { t } = useTranslation();
  const { slug, logoUrl } = useInstance();
  const [shown, setShown] = useState<string | null>(logoUrl);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const data = btoa(Array.from(new Uint8Array(await file.arrayBuffer()), (byte) => String.fromCharCode(byte)).join(''));
      return adminRequest<{ logoUrl: string }>(slug, 'PUT', 'logo', { contentType: file.type, data });
    },
    onSuccess: (answer) => setShown(answer.logoUrl),
  });
  const remove = useMutation({ mutationFn: () => adminRequest<void>(slug, 'DELETE', 'logo'), onSuccess: () => setShown(null) });
  const problem = upload.error ?? remove.error;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="logo-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="logo-heading">
          {t('admin:pages.logo')}
        </Title>
        {shown ? <Image src={shown} alt={t('admin:pages.logoAlt')} h={48} w="auto" fit="contain" style={{ alignSelf: 'flex-start' }} /> : <Text c="dimmed">{t('admin:pages.noLogo')}</Text>}
        <Group align="flex-end">
          <FileInput
            label={t('admin:pages.logoChoose')}
            description={t('admin:pages.logoHint')}
            accept="image/png,image/jpeg,image/gif,image/webp"
            value={null}
            onChange={(file) => file && upload.mutate(file)}
            style={{ flex: 1 }}
          />
          {shown && (
            <Button variant="default" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('admin:pages.logoRemove')}
            </Button>
          )}
        </Group>
        {problem && <FormAlert message={problemText(problem) ?? t('common:error.generic')} />}
        {upload.isSuccess && (
          <Alert color="teal" role="status">
            {t('admin:pages.logoSaved')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function PageEditor() {
  const { t, i18n } = useTranslation();
  const { slug } = useInstance();
  const client = useQueryClient();
  const pages = useAdminObject<Page[]>('pages');
  const [kind, setKind] = useState<Kind>('landing');
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const stored = pages.data?.find((page) => page.kind === kind && page.language === language);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  useEffect(() => {
    setTitle(stored?.title ?? '');
    setBody(stored?.body ?? '');
  }, [stored, kind, language]);
  const refresh = () => client.invalidateQueries({ queryKey: [ADMIN_KEY, 'pages'] });
  const save = useMutation({ mutationFn: () => adminRequest<Page>(slug, 'PUT', `pages/${kind}/${language}`, { title, body }), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => adminRequest<void>(slug, 'DELETE', `pages/${kind}/${language}`), onSuccess: refresh });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const choose = (next: () => void) => {
    save.reset();
    remove.reset();
    next();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pages-heading">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="pages-heading">
            {t('admin:pages.pages')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('admin:pages.kind')}
              allowDeselect={false}
              data={KINDS.map((value) => ({ value, label: t(`admin:pages.kinds.${value}`) }))}
              value={kind}
              onChange={(value) => value && choose(() => setKind(value as Kind))}
            />
            <Select
              label={t('admin:pages.language')}
              allowDeselect={false}
              data={LANGUAGES.map((value) => ({ value, label: t(`admin:values.language.${value}`) }))}
              value={language}
              onChange={(value) => value && choose(() => setLanguage(value as Language))}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {stored ? t('admin:pages.written') : t('admin:pages.notWritten')}
          </Text>
          <TextInput label={t('admin:pages.pageTitle')} required maxLength={200} value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
          <Textarea label={t('admin:pages.pageBody')} description={t('admin:pages.pageBodyHint')} autosize minRows={5} value={body} onChange={(event) => setBody(event.currentTarget.value)} />
          {(save.error ?? remove.error) && <FormAlert message={problemText(save.error ?? remove.error) ?? t('common:error.generic')} />}
          {save.isSuccess && (
            <Alert color="teal" role="status">
              {t('admin:pages.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('admin:pages.save')}
            </Button>
            {stored && (
              <Button variant="default" loading={remove.isPending} onClick={() => remove.mutate()}>
                {t('admin:pages.delete')}
              </Button>
            )}
          </Group>
          {stored && (
            <Paper withBorder p="md" bg="gray.0" aria-label={t('admin:pages.preview')}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="xs">
                {t('admin:pages.preview')}
              </Text>
              <PortalPageText page={stored} level={2} />
            </Paper>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
