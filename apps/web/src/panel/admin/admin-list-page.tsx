import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../format/format';
import { useLocale } from '../../shell/instance-context';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { StatusPage } from '../../shell/status-page';
import { AdminEditPage } from './admin-edit-page';
import { rowLabel, useAdminList, useReferenceRows } from './admin-data';
import { referenceOf } from './admin-schema';
import { adminSection, type AdminSection, type Row } from './admin-sections';
import { treeOrder } from './admin-tree';
import { FilterDryRunPanel } from './filter-dry-run-panel';
import { useFieldLabel } from './schema-form';
import { useStaff } from '../staff-session';

// A section's rows, /scp/admin/{section}: the columns its hints name, a tree where rows have
// parents, each row's name opening its form.
export function AdminListPage() {
  const params = useParams();
  const section = adminSection(params.section);
  if (!section) return <StatusPage kind="page-not-found" home="/scp/admin" />;
  if (section.single) return <AdminEditPage />;
  return <SectionList key={section.key} section={section} />;
}

function SectionList({ section }: { section: AdminSection }) {
  const { t } = useTranslation();
  // The dry run tries every scope's filters: the managers'.
  const manager = useStaff().staff.isManager;
  const label = useFieldLabel(section.key);
  const list = useAdminList(section.path);
  const title = t(`admin:sections.${section.key}.title`);
  const rows = list.data ? (section.tree ? treeOrder(list.data, section.tree) : list.data.map((row) => ({ row, depth: 0 }))) : [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{title}</Title>
        {section.create && (
          <Button component={Link} to={`/scp/admin/${section.key}/new`}>
            {t(`admin:sections.${section.key}.new`)}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadFailed />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('admin:list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                {section.columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {label(column)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ row, depth }) => (
                <Table.Tr key={row.id}>
                  {section.columns.map((column, index) => (
                    <Table.Td key={column}>
                      {index === 0 ? (
                        <Anchor component={Link} to={`/scp/admin/${section.key}/${encodeURIComponent(row.id)}/edit`} pl={depth * 20}>
                          {depth > 0 && <span aria-hidden>{'└ '}</span>}
                          {rowLabel(row)}
                        </Anchor>
                      ) : (
                        <Cell section={section} column={column} row={row} />
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {section.panel === 'filter-dry-run' && manager && <FilterDryRunPanel />}
    </Stack>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Cell({ section, column, row }: { section: AdminSection; column: string; row: Row }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const value = row[column];
  const valueKey = `admin:values.${column}.${String(value)}`;
  const referenced = section.hints?.[column]?.references ?? (typeof value === 'string' && UUID.test(value) ? referenceOf(column, { format: 'uuid' }) : undefined);
  if (column === 'fetchState') return <FetchState row={row} />;
  if (referenced) return <ReferenceName section={referenced} id={value as string | null} />;
  if (typeof value === 'boolean') return <>{value ? t('admin:list.yes') : t('admin:list.no')}</>;
  if (typeof value === 'number') return <>{formatNumber(value, locale)}</>;
  // Ids and coded values are counted; plain words (an organization's domains) are shown.
  if (Array.isArray(value)) return <>{value.every((item) => typeof item === 'string' && !UUID.test(item) && !i18n.exists(`admin:values.${column}.${item}`)) ? value.join(', ') : formatNumber(value.length, locale)}</>;
  if (value === null || value === undefined || value === '') return <Text span c="dimmed">{t('admin:list.none')}</Text>;
  if (/At$/.test(column)) return <>{formatDateTime(String(value), locale)}</>;
  if (i18n.exists(valueKey)) return <>{t(valueKey)}</>;
  return <>{String(value)}</>;
}

function ReferenceName({ section, id }: { section: string; id: string | null }) {
  const { t } = useTranslation();
  const rows = useReferenceRows(section).data;
  if (!id) return <Text span c="dimmed">{t('admin:list.none')}</Text>;
  return <>{rowLabel(rows?.find((row) => row.id === id))}</>;
}

// A mailbox's last fetches at a glance, linking to its page with the details.
function FetchState({ row }: { row: Row }) {
  const { t } = useTranslation();
  const failing = Number(row.consecutiveFailures) > 0;
  const state = failing ? 'failing' : row.isActive ? 'working' : 'inactive';
  return (
    <Stack gap={4} align="flex-start">
      <Badge color={failing ? 'red.8' : state === 'working' ? 'teal.9' : 'gray.7'} variant="filled" style={{ flexShrink: 0 }}>
        {t(`admin:mailbox.${state}`)}
      </Badge>
      <Anchor component={Link} to={`/scp/admin/mailboxes/${encodeURIComponent(row.id)}`} size="sm">
        {t('admin:mailbox.details', { name: rowLabel(row) })}
      </Anchor>
      {failing && !!row.lastError && (
        <Text size="xs" c="red.9" lineClamp={2}>
          {String(row.lastError)}
        </Text>
      )}
    </Stack>
  );
}
