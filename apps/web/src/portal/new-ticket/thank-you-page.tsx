import { Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ticketPath } from '../portal-links';
import { PortalPageText, usePortalPage } from '../portal-pages';

export interface ThankYouState {
  reference: string;
  // Opened without an account: the address the ticket's link goes to (only by mail).
  guest: { email: string } | null;
}

// After a new ticket: its reference, and how to follow it.
export function ThankYouPage() {
  const { t } = useTranslation();
  const state = useLocation().state as ThankYouState | null;
  const page = usePortalPage('thank-you');
  if (!state?.reference) return <Navigate to="/" replace />;
  return (
    <Container size="sm" py="md">
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={1}>{t('portal:thanks.title')}</Title>
          <Text>{t('portal:thanks.received')}</Text>
          <Text size="xl" fw={700}>
            {state.reference}
          </Text>
          <Text>{state.guest ? t('portal:thanks.guestMail', { email: state.guest.email }) : t('portal:thanks.signedIn')}</Text>
          {state.guest && (
            <Anchor component={Link} to={`/ticket-link?${new URLSearchParams({ reference: state.reference })}`}>
              {t('portal:thanks.noMail')}
            </Anchor>
          )}
          {page && <PortalPageText page={page} level={2} />}
          <Group>
            {!state.guest && (
              <Button component={Link} to={ticketPath(state.reference)}>
                {t('portal:thanks.view')}
              </Button>
            )}
            <Button component={Link} to="/" variant={state.guest ? 'filled' : 'default'}>
              {t('portal:thanks.another')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}
