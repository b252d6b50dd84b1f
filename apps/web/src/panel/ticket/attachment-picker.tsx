import { Button, CloseButton, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../format/format';
import { useLocale } from '../../shell/instance-context';

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

// Files to send with a reply or a note: chosen with a button (so the keyboard reaches it), listed
// with their sizes, each with a button that takes it off again.
export function AttachmentPicker({ files, onChange, disabled }: { files: File[]; onChange: (files: File[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reset = useRef<() => void>(null);
  const add = (chosen: File[]) => {
    onChange([...files, ...chosen.filter((file) => !files.some((held) => sameFile(held, file)))]);
    // The same file may be chosen again after it was taken off.
    reset.current?.();
  };
  return (
    <Stack gap={6}>
      <Group gap="sm">
        <FileButton onChange={add} multiple resetRef={reset} disabled={disabled}>
          {(props) => (
            <Button {...props} variant="default" disabled={disabled}>
              {t('ticket:composer.addFiles')}
            </Button>
          )}
        </FileButton>
        {files.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ticket:composer.noFiles')}
          </Text>
        )}
      </Group>
      {files.length > 0 && (
        <List aria-label={t('ticket:composer.files')} listStyleType="none" spacing={4} pl={0}>
          {files.map((file) => (
            <List.Item key={`${file.name}-${file.size}-${file.lastModified}`}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {file.name}{' '}
                  <Text span size="sm" c="dimmed">
                    ({formatBytes(file.size, locale)})
                  </Text>
                </Text>
                <CloseButton size="sm" aria-label={t('ticket:composer.removeFile', { name: file.name })} disabled={disabled} onClick={() => onChange(files.filter((held) => held !== file))} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
