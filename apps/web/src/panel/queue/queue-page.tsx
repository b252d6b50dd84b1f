import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The agent's ticket list (the panel's start page).
export function QueuePage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('panel:queue.title')}</Title>;
}
