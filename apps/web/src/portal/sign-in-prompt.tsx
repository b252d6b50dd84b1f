import { Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useInstance } from '../shell/instance-context';

// A page that needs a session, opened without one: sign in and come back here.
export function SignInPrompt({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  const { registration } = useInstance();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Container size="sm" py="md">
      <Paper withBorder p="lg" radius="md">
        <Stack align="flex-start">
          <Title order={1}>{title}</Title>
          <Text>{text}</Text>
          <Button component={Link} to={`/login?next=${next}`}>
            {t('portal:menu.signIn')}
          </Button>
          {registration === 'open' && (
            <Anchor component={Link} to="/register">
              {t('portal:register.link')}
            </Anchor>
          )}
          <Anchor component={Link} to="/ticket-link">
            {t('portal:ticketLink.prompt')}
          </Anchor>
        </Stack>
      </Paper>
    </Container>
  );
}
