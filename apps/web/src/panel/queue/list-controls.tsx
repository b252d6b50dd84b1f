import { Button, Checkbox, Collapse, Group, MultiSelect, Popover, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useInstance } from '../../shell/instance-context';
import { choices, useDepartments, useHelpTopics, usePriorities, useStatuses } from './queue-data';
import { CHOOSABLE_COLUMNS, DATE_FILTERS, SORTS, STATES, dayOf, dayStart, normalizeColumns, withFilter, withStates, type DateFilter, type IdFilter, type ListState, type Sort } from './queue-state';

// i18n keys cannot start with "-": "-due" is "dueDesc".
export const sortKey = (sort: Sort) => (sort.startsWith('-') ? `${sort.slice(1)}Desc` : sort);

// The list's settings: which columns, which order, which tickets.
export function ListControls({ state, onChange }: { state: ListState; onChange: (next: ListState) => void }) {
  const { t } = useTranslation();
  const [filtersOpen, filters] = useDisclosure(false);
  const [columnsOpen, columns] = useDisclosure(false);
  const active = Object.keys(state.filters).length;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="end">
        <Select
          label={t('panel:list.sort')}
          size="sm"
          w={240}
          allowDeselect={false}
          data={SORTS.map((sort) => ({ value: sort, label: t(`panel:sort.${sortKey(sort)}`) }))}
          value={state.sort}
          onChange={(value) => value && onChange({ ...state, sort: value as Sort })}
        />
        <Popover position="bottom-start" shadow="md" trapFocus opened={columnsOpen} onChange={(opened) => (opened ? columns.open() : columns.close())}>
          <Popover.Target>
            <Button variant="default" size="sm" onClick={columns.toggle} aria-expanded={columnsOpen}>
              {t('panel:list.columns')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap={6} role="group" aria-labelledby="queue-columns-label">
              <Text id="queue-columns-label" size="sm" fw={500}>
                {t('panel:list.columnsLabel')}
              </Text>
              {CHOOSABLE_COLUMNS.map((column) => (
                <Checkbox
                  key={column}
                  label={t(`panel:columns.${column}`)}
                  checked={state.columns.includes(column)}
                  onChange={(event) => {
                    const shown = event.currentTarget.checked;
                    onChange({ ...state, columns: normalizeColumns(['reference', ...state.columns.filter((c) => c !== column), ...(shown ? [column] : [])]) });
                  }}
                />
              ))}
            </Stack>
          </Popover.Dropdown>
        </Popover>
        <Button variant="default" size="sm" onClick={filters.toggle} aria-expanded={filtersOpen} aria-controls="queue-filters">
          {active ? t('panel:list.filtersActive', { count: active }) : t('panel:list.filters')}
        </Button>
        {active > 0 && (
          <Button variant="subtle" size="sm" onClick={() => onChange({ ...state, filters: {} })}>
            {t('panel:list.clearFilters')}
          </Button>
        )}
      </Group>
      <Collapse expanded={filtersOpen} id="queue-filters">
        <Filters state={state} onChange={onChange} />
      </Collapse>
    </Stack>
  );
}

function Filters({ state, onChange }: { state: ListState; onChange: (next: ListState) => void }) {
  const { t } = useTranslation();
  const { timezone } = useInstance();
  const departments = useDepartments().data;
  const topics = useHelpTopics().data;
  const statuses = useStatuses().data;
  const priorities = usePriorities().data;
  const select = (key: IdFilter, label: string, data: { value: string; label: string }[]) => (
    <Select label={label} size="sm" clearable searchable data={data} value={state.filters[key] ?? null} onChange={(value) => onChange(withFilter(state, key, value))} />
  );
  const date = (key: DateFilter) => (
    <TextInput
      key={key}
      type="date"
      size="sm"
      label={t(`panel:filters.${key}`)}
      value={dayOf(state.filters[key], timezone)}
      onChange={(event) => onChange(withFilter(state, key, dayStart(event.currentTarget.value, timezone)))}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" pt="xs">
      <MultiSelect
        label={t('panel:filters.state')}
        size="sm"
        clearable
        data={STATES.map((value) => ({ value, label: t(`panel:states.${value}`) }))}
        value={state.filters.state ?? []}
        onChange={(values) => onChange(withStates(state, values))}
      />
      {select('departmentId', t('panel:filters.department'), choices(departments))}
      {select('helpTopicId', t('panel:filters.helpTopic'), choices(topics))}
      {select('statusId', t('panel:filters.status'), choices(statuses))}
      {select('priorityId', t('panel:filters.priority'), choices(priorities))}
      {DATE_FILTERS.map(date)}
    </SimpleGrid>
  );
}
