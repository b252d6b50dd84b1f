import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

// One ticket as an agent works it: /{slug}/scp/tickets/{reference}.
export function TicketPage() {
  const { t } = useTranslation();
  const { reference = '' } = useParams();
  return <Title order={1}>{t('ticket:page.title', { reference })}</Title>;
}
