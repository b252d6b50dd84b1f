import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem';
import { FormDialog } from '../../shell/form-dialog';

// A dialog of the task page: asks for what an action needs, writes it, shows a refusal in the
// server's words and closes once written.
export function TaskDialog({
  opened,
  onClose,
  write,
  ...frame
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  danger?: boolean;
  write: () => Promise<unknown>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await write();
      close();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog {...frame} opened={opened} onClose={close} busy={busy} problem={error === null ? null : (problemText(error) ?? t('common:error.generic'))} onSubmit={() => void submit()} />
  );
}
