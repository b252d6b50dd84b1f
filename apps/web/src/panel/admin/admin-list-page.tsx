import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { StatusPage } from '../../shell/status-page';
import { AdminEditPage } from './admin-edit-page';
import { AdminCell } from './admin-cell';
import { rowLabel, useAdminList } from './admin-data';
import { adminSection, type AdminSection } from './admin-sections';
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
                        <AdminCell section={section} column={column} row={row} />
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
