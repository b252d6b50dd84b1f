import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../format/format';
import { useLocale } from '../../shell/instance-context';
import { rowLabel, useReferenceRows } from './admin-data';
import { referenceOf } from './admin-schema';
import type { AdminSection, Row } from './admin-sections';

// One value of a row as a list (or a row's read-only page) shows it: a referenced row by its
// name, yes or no, a number or time in the reader's language, a coded value in words.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function AdminCell({ section, column, row }: { section: AdminSection; column: string; row: Row }) {
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
