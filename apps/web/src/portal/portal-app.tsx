import { AppShell, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../shell/page-header';
import { StatusPage } from '../shell/status-page';

// The requester portal: /{slug}/...
export function PortalApp() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <PageHeader home="/" />
      </AppShell.Header>
      <AppShell.Main>
        <Routes>
          <Route
            index
            element={
              <Container size="md" component="section">
                <Title order={1}>{t('portal:landing.title')}</Title>
              </Container>
            }
          />
          <Route path="*" element={<StatusPage kind="page-not-found" home="." />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
