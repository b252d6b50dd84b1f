import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type StatusKind = 'not-found' | 'suspended' | 'unreachable' | 'page-not-found';

// The whole-page answers: no such helpdesk, a suspended one, the server out of reach, or no such
// page inside a helpdesk.
export function StatusPage({ kind, home }: { kind: StatusKind; home?: string }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="xl" component="main">
      <Stack align="center" gap="sm" maw={520}>
        <Title order={1}>{t(`common:status.${kind}.title`)}</Title>
        <Text ta="center" c="dimmed">
          {t(`common:status.${kind}.text`)}
        </Text>
        {home && <Anchor href={home}>{t('common:status.home')}</Anchor>}
      </Stack>
    </Center>
  );
}
