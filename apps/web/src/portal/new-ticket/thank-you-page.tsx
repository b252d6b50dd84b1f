import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ticketPath } from '../portal-links';

export interface ThankYouState {
  reference: string;
  // Opened without an account: the address the link goes to, and the link's token.
  guest: { email: string; token: string } | null;
}

// After a new ticket: its reference, and how to follow it.
export function ThankYouPage() {
  const { t } = useTranslation();
  const state = useLocation().state as ThankYouState | null;
  if (!state?.reference) return <Navigate to="/" replace />;
  const link = state.guest ? `${ticketPath(state.reference)}?${new URLSearchParams(state.guest)}` : ticketPath(state.reference);
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
          <Group>
            <Button component={Link} to={link}>
              {t('portal:thanks.view')}
            </Button>
            <Button component={Link} to="/" variant="default">
              {t('portal:thanks.another')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}
