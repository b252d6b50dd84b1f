import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The frame of a dialog that asks for what an action needs: its fields, the refusal of the last
// try, cancel and submit. The action dialogs decide what submitting writes.
export function FormDialog({
  opened,
  onClose,
  title,
  submitLabel,
  danger,
  busy,
  problem,
  onSubmit,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  danger?: boolean;
  busy: boolean;
  // The refusal in words, or null.
  problem: string | null;
  onSubmit: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
      <form onSubmit={submit}>
        <Stack>
          {problem !== null && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
