import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../shell/instance-context';
import { problemText } from './problem-text';
import type { StaleWrite } from './ticket-writer';

// A write refused because a colleague changed the ticket meanwhile: what changed, and the
// choice to apply the write again on the ticket as it is now, or to drop it.
export function StaleDialog({ stale, onApply, onDiscard }: { stale: StaleWrite | null; onApply: () => Promise<void>; onDiscard: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setError(null), [stale]);
  const value = (field: string, text: string | null) => (text === null ? t('ticket:facts.none') : field === 'dueAt' ? formatDateTime(text, locale) : text);
  const apply = async () => {
    setApplying(true);
    try {
      await onApply();
    } catch (problem) {
      setError(problem);
    } finally {
      setApplying(false);
    }
  };
  return (
    <Modal opened={!!stale} onClose={onDiscard} title={t('ticket:stale.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:action.close') }}>
      {stale && (
        <Stack>
          <Text>{t('ticket:stale.intro', { action: stale.label })}</Text>
          {error !== null && (
            <Alert color="red" role="alert">
              {problemText(error, t, locale)}
            </Alert>
          )}
          {stale.changes.fields.length + stale.changes.newEntries.length === 0 ? (
            <Text c="dimmed">{t('ticket:stale.nothingVisible')}</Text>
          ) : (
            <List spacing="xs" aria-label={t('ticket:stale.changes')}>
              {stale.changes.fields.map((change) => (
                <List.Item key={change.field}>
                  {t('ticket:stale.field', { field: t(`ticket:facts.${change.field}`), from: value(change.field, change.from), to: value(change.field, change.to) })}
                </List.Item>
              ))}
              {stale.changes.newEntries.length > 0 && <List.Item>{t('ticket:stale.entries', { count: stale.changes.newEntries.length })}</List.Item>}
            </List>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDiscard}>
              {t('ticket:stale.discard')}
            </Button>
            <Button onClick={() => void apply()} loading={applying}>
              {t('ticket:stale.apply')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
