import { Anchor, Badge, Checkbox, Group, Table, Text, Tooltip } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { components } from '../../api/schema';
import { formatDateTime, formatRelative, type Locale } from '../../format/format';
import { useLocale } from '../../shell/instance-context';
import { isTypingTarget, listKeyAction } from './list-keys';
import type { Column } from './queue-state';
import classes from './queue-list.module.css';

export type QueueRow = components['schemas']['QueueRowResponse'];

export function ticketPath(reference: string): string {
  return `/scp/tickets/${encodeURIComponent(reference)}`;
}

// The tickets of a list, the columns the agent chose. Keys (j/k/Enter/x) work on the whole page
// unless the agent is typing; the selection is kept by the page, for bulk actions.
export function TicketTable({ rows, columns, selected, onSelect }: { rows: QueueRow[]; columns: Column[]; selected: Set<string>; onSelect: (next: Set<string>) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [active, setActive] = useState(-1);
  const rowElements = useRef<(HTMLTableRowElement | null)[]>([]);
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (isTypingTarget(target) || target?.closest('[role="dialog"]')) return;
      // Enter on a link, button or checkbox does what that control does.
      if (event.key === 'Enter' && target?.tagName !== 'TR') return;
      const action = listKeyAction(event, active, rows.length);
      if (!action) return;
      event.preventDefault();
      const row = rows[action.index];
      if (action.kind === 'focus') {
        setActive(action.index);
        rowElements.current[action.index]?.focus();
      } else if (action.kind === 'open') void navigate(ticketPath(row.reference));
      else toggle(row.id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const all = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const some = rows.some((row) => selected.has(row.id));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('panel:list.tableLabel')} aria-describedby="queue-keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('panel:list.selectAll')}
                checked={all}
                indeterminate={some && !all}
                onChange={() => onSelect(all ? new Set() : new Set(rows.map((row) => row.id)))}
              />
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column}>{t(`panel:columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr
              key={row.id}
              ref={(element) => {
                rowElements.current[index] = element;
              }}
              className={classes.row}
              tabIndex={index === Math.max(active, 0) ? 0 : -1}
              data-active={index === active || undefined}
              data-selected={selected.has(row.id) || undefined}
              aria-selected={selected.has(row.id)}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setActive(index);
              }}
            >
              <Table.Td>
                <Checkbox aria-label={t('panel:list.select', { reference: row.reference })} checked={selected.has(row.id)} onChange={() => toggle(row.id)} tabIndex={-1} />
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column}>{cell(row, column, locale, t)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function cell(row: QueueRow, column: Column, locale: Locale, t: (key: string) => string) {
  switch (column) {
    case 'reference':
      return (
        <Anchor component={Link} to={ticketPath(row.reference)} fw={600} style={{ whiteSpace: 'nowrap' }} tabIndex={-1}>
          {row.reference}
        </Anchor>
      );
    case 'subject':
      return (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" lineClamp={2}>
            {row.subject}
          </Text>
          {row.isConfidential && (
            <Badge size="xs" variant="outline" color="gray">
              {t('panel:list.confidential')}
            </Badge>
          )}
          {row.tags.map((tag) => (
            <Badge key={tag} size="xs" variant="light" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      );
    case 'requester':
      return row.requester.name;
    case 'helpTopic':
      return row.helpTopic?.name ?? '';
    case 'department':
      return row.department.name;
    case 'status':
      return row.status.name;
    case 'priority':
      return row.priority.name;
    case 'assignee':
      return row.assignee?.name ?? '';
    case 'team':
      return row.team?.name ?? '';
    case 'dueAt':
      return <Due row={row} locale={locale} t={t} />;
    case 'lastActivityAt':
      return (
        <Tooltip label={formatDateTime(row.lastActivityAt, locale)}>
          <time dateTime={row.lastActivityAt} style={{ whiteSpace: 'nowrap' }}>
            {formatRelative(row.lastActivityAt, locale)}
          </time>
        </Tooltip>
      );
    case 'createdAt':
      return (
        <time dateTime={row.createdAt} style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(row.createdAt, locale)}
        </time>
      );
  }
}

// The next SLA due date (first response or resolution, whichever is next unmet); an overdue
// ticket says so in words and with a mark, not by colour alone.
function Due({ row, locale, t }: { row: QueueRow; locale: Locale; t: (key: string) => string }) {
  const due = row.nextDueAt ?? row.dueAt;
  if (!due) return null;
  return (
    // The mark goes under the date when the column is narrow, never cut off.
    <Group gap={6} wrap="wrap" style={{ rowGap: 4 }}>
      <time dateTime={due} style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(due, locale)}
      </time>
      {row.isOverdue && (
        <Badge color="red" variant="filled" size="sm" leftSection={<span aria-hidden>{'⚠'}</span>} style={{ flexShrink: 0 }}>
          {t('panel:list.overdue')}
        </Badge>
      )}
    </Group>
  );
}
