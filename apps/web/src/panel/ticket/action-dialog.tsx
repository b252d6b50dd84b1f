import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../shell/instance-context';
import { problemText } from './problem-text';
import { useTicketWriter, type TicketBasis, type TicketWrite } from './ticket-writer';

export interface ActionDialogProps {
  opened: boolean;
  onClose: () => void;
}

// A dialog that asks for what an action needs, then writes it against the version on screen when
// it opened: a colleague's change while it is open makes the write stale.
// `write` returns null while the form is incomplete. `after` runs with the answer once written.
export function ActionDialog({
  opened,
  onClose,
  title,
  submitLabel,
  danger,
  write,
  after,
  keepOpen,
  children,
}: ActionDialogProps & {
  title: string;
  submitLabel: string;
  danger?: boolean;
  write: () => TicketWrite | null;
  after?: (result: unknown) => void;
  keepOpen?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const writer = useTicketWriter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const basis = useRef<TicketBasis | null>(null);
  useEffect(() => {
    basis.current = opened ? writer.basis() : null;
  }, [opened, writer]);
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const run = write();
    if (!run) return;
    setBusy(true);
    setError(null);
    try {
      const written = await writer.perform(title, run, { basis: basis.current, after });
      // Refused as stale: the stale dialog takes over.
      if (!written || !keepOpen) close();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          {error !== null && (
            <Alert color="red" role="alert">
              {problemText(error, t, locale)}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
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
