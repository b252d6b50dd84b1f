import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChosenFiles } from '../../shell/chosen-files';

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

// Files to send with a reply or a note: chosen with a button (so the keyboard reaches it), listed
// with their sizes, each with a button that takes it off again.
export function AttachmentPicker({ files, onChange, disabled }: { files: File[]; onChange: (files: File[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
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
      <ChosenFiles
        files={files}
        label={t('ticket:composer.files')}
        removeLabel={(file) => t('ticket:composer.removeFile', { name: file.name })}
        onRemove={(file) => onChange(files.filter((held) => held !== file))}
        disabled={disabled}
      />
    </Stack>
  );
}
