import { Alert, Button, FileInput, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { problemText } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormAlert } from '../../portal/form-alert';
import { useInstance } from '../../shell/instance-context';
import { ADMIN_KEY } from './admin-data';

type ConfigurationFile = components['schemas']['ConfigurationFileRequest'];
type Plan = components['schemas']['ConfigurationPlanResponse'];
type Change = components['schemas']['ConfigurationChangeResponse'];
const ACTIONS = ['create', 'update', 'unchanged'] as const;

// A change's key as the file writes it, for reading: a path of names, a name, or the members.
function keyLabel(key: unknown): string {
  if (Array.isArray(key)) return key.join(' › ');
  if (key && typeof key === 'object') {
    return Object.values(key as Record<string, unknown>)
      .filter((value) => value !== null)
      .map(keyLabel)
      .join(' · ');
  }
  return String(key ?? '');
}

// /scp/admin/configuration: the instance's configuration as one file, and a file of another
// instance applied here after a dry run shows what it would change.
export function AdminConfigurationPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t('admin:configuration.title')}</Title>
        <Text c="dimmed" mt="xs">
          {t('admin:configuration.intro')}
        </Text>
      </div>
      <Paper withBorder p="md" component="section" aria-labelledby="export-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="export-heading">
            {t('admin:configuration.export')}
          </Title>
          <Text>{t('admin:configuration.exportHint')}</Text>
          <Button component="a" href={`/api/v1/t/${encodeURIComponent(slug)}/admin/configuration/export`} download={`configuration-${slug}.json`} style={{ alignSelf: 'flex-start' }}>
            {t('admin:configuration.download')}
          </Button>
        </Stack>
      </Paper>
      <ImportCard />
    </Stack>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const queries = useQueryClient();
  const [file, setFile] = useState<ConfigurationFile | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const run = (body: ConfigurationFile, dryRun: boolean) =>
    data(api.POST('/api/v1/t/{slug}/admin/configuration/import', { params: { path: { slug }, query: { dryRun } }, body })) as Promise<Plan>;
  const dryRun = useMutation({ mutationFn: (body: ConfigurationFile) => run(body, true) });
  const apply = useMutation({
    mutationFn: (body: ConfigurationFile) => run(body, false),
    onSuccess: () => queries.invalidateQueries({ queryKey: [ADMIN_KEY] }),
  });
  const choose = async (chosen: File | null) => {
    setFile(null);
    setUnreadable(false);
    dryRun.reset();
    apply.reset();
    if (!chosen) return;
    try {
      const parsed = JSON.parse(await chosen.text()) as ConfigurationFile;
      setFile(parsed);
      dryRun.mutate(parsed);
    } catch {
      setUnreadable(true);
    }
  };
  const plan = apply.data ?? dryRun.data;
  const problem = apply.error ?? dryRun.error;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-heading">
          {t('admin:configuration.import')}
        </Title>
        <Text>{t('admin:configuration.importHint')}</Text>
        <FileInput label={t('admin:configuration.choose')} accept="application/json,.json" onChange={(chosen) => void choose(chosen)} />
        {unreadable && <FormAlert message={t('admin:configuration.unreadable')} />}
        {problem && <FormAlert message={problemText(problem) ?? t('common:error.generic')} />}
        {plan && <PlanTable plan={plan} />}
        {dryRun.data && !apply.isSuccess && file && (
          <Button onClick={() => apply.mutate(file)} loading={apply.isPending} disabled={!dryRun.data.changes.some((change) => change.action !== 'unchanged')} style={{ alignSelf: 'flex-start' }}>
            {t('admin:configuration.apply')}
          </Button>
        )}
        {apply.isSuccess && (
          <Alert color="teal" role="status">
            {t('admin:configuration.applied')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function PlanTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const sections = [...new Set(plan.changes.map((change) => change.section))];
  const count = (section: string, action: Change['action']) => plan.changes.filter((change) => change.section === section && change.action === action).length;
  const changed = plan.changes.filter((change) => change.action !== 'unchanged');
  return (
    <Stack gap="xs">
      <Text fw={600} role="status">
        {plan.dryRun ? t('admin:configuration.planDry', { count: changed.length }) : t('admin:configuration.planDone', { count: changed.length })}
      </Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin:configuration.section')}</Table.Th>
            {ACTIONS.map((action) => (
              <Table.Th scope="col" key={action} ta="right">
                {t(`admin:configuration.actions.${action}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sections.map((section) => (
            <Table.Tr key={section}>
              <Table.Th scope="row">{t(`admin:configuration.sections.${section}`, { defaultValue: section })}</Table.Th>
              {ACTIONS.map((action) => (
                <Table.Td key={action} ta="right">
                  {count(section, action)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {changed.length > 0 && (
        <List size="sm" aria-label={t('admin:configuration.changes')}>
          {changed.map((change, index) => (
            <List.Item key={index}>
              {t(`admin:configuration.actions.${change.action}`)}: {t(`admin:configuration.sections.${change.section}`, { defaultValue: change.section })} — {keyLabel(change.key) || t('admin:configuration.sections.settings')}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
