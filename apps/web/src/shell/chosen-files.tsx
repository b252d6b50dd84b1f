import { CloseButton, Group, List, Text } from '@mantine/core';
import { formatBytes } from '../format/format';
import { useLocale } from './instance-context';

// Files chosen for sending, with their sizes, each with a button that takes it off again: the
// panel's composer and the portal's reply form list them alike.
export function ChosenFiles({ files, label, removeLabel, onRemove, disabled }: {
  files: File[];
  label: string;
  removeLabel: (file: File) => string;
  onRemove: (file: File) => void;
  disabled?: boolean;
}) {
  const locale = useLocale();
  if (files.length === 0) return null;
  return (
    <List aria-label={label} listStyleType="none" spacing={4} pl={0}>
      {files.map((file) => (
        <List.Item key={`${file.name}-${file.size}-${file.lastModified}`}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {file.name}{' '}
              <Text span size="sm" c="dimmed">
                ({formatBytes(file.size, locale)})
              </Text>
            </Text>
            <CloseButton size="sm" aria-label={removeLabel(file)} disabled={disabled} onClick={() => onRemove(file)} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
