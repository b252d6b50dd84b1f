import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../shell/form-dialog';
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
  explain,
  children,
}: ActionDialogProps & {
  title: string;
  submitLabel: string;
  danger?: boolean;
  write: () => TicketWrite | null;
  after?: (result: unknown) => void;
  keepOpen?: boolean;
  // A refusal told in the page's own words; problemText's otherwise.
  explain?: (error: unknown) => string | null;
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
  const submit = async () => {
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
    <FormDialog
      opened={opened}
      onClose={close}
      title={title}
      submitLabel={submitLabel}
      danger={danger}
      busy={busy}
      problem={error === null ? null : (explain?.(error) ?? problemText(error, t, locale))}
      onSubmit={() => void submit()}
    >
      {children}
    </FormDialog>
  );
}
