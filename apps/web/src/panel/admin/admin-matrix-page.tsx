import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { LoadedReplaceForm, ReplaceForm } from './admin-edit-page';
import { rowLabel, useAdminObject, useReferenceRows } from './admin-data';
import { LEVELS, matrixRows, type Band } from './priority-matrix';

interface Matrix {
  bands: Band[];
}

// /scp/admin/priority-matrix: the impact x urgency matrix as it reads, its bands (each product
// range to a priority, with its targets), and each band's own escalation line.
export function AdminMatrixPage() {
  const { t } = useTranslation();
  const matrix = useAdminObject<Matrix>('priority-matrix');
  if (matrix.isPending) return <Loading />;
  if (matrix.isError) return <LoadFailed />;
  const bands = matrix.data.bands;
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1}>{t('admin:matrix.title')}</Title>
        <Text c="dimmed" mt="xs">
          {t('admin:matrix.intro')}
        </Text>
      </div>
      <MatrixGrid bands={bands} />
      <ReplaceForm key={JSON.stringify(bands)} section="priority-matrix" schema="PriorityMatrixRequest" path="priority-matrix" heading={t('admin:matrix.bands')} values={{ bands }} />
      <Stack gap="md" component="section" aria-labelledby="matrix-lines">
        <Title order={2} size="h3" id="matrix-lines">
          {t('admin:matrix.lines')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('admin:matrix.linesIntro')}
        </Text>
        {bands.map((band) => (
          <BandLine key={`${band.minProduct}-${band.maxProduct}`} band={band} />
        ))}
      </Stack>
    </Stack>
  );
}

function BandLine({ band }: { band: Band }) {
  const { t } = useTranslation();
  const priorities = useReferenceRows('priorities').data;
  const priority = rowLabel(priorities?.find((row) => row.id === band.priorityId));
  return (
    <LoadedReplaceForm
      section="priority-matrix"
      schema="EscalationLineRequest"
      path={`priority-matrix/bands/${band.minProduct}/escalation`}
      heading={t('admin:matrix.line', { from: band.minProduct, to: band.maxProduct, priority })}
      headingLevel={3}
    />
  );
}

function MatrixGrid({ bands }: { bands: Band[] }) {
  const { t } = useTranslation();
  const priorities = useReferenceRows('priorities').data;
  const level = (value: number) => t(`ticket:actions.priority.level.${value}`);
  return (
    <Table withTableBorder withColumnBorders maw={720} aria-label={t('admin:matrix.grid')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('admin:matrix.corner')}</Table.Th>
          {[...LEVELS].reverse().map((urgency) => (
            <Table.Th key={urgency} scope="col">
              {level(urgency)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {matrixRows(bands).map((row) => (
          <Table.Tr key={row.impact}>
            <Table.Th scope="row">{level(row.impact)}</Table.Th>
            {row.cells.map((cell) => (
              <Table.Td key={cell.urgency}>
                <Text size="sm" fw={600}>
                  {cell.band ? rowLabel(priorities?.find((priority) => priority.id === cell.band?.priorityId)) : t('admin:matrix.gap')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('admin:matrix.product', { product: cell.product })}
                </Text>
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
