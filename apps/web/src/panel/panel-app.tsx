import { AppShell, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../shell/page-header';
import { StatusPage } from '../shell/status-page';

// The agent panel: /{slug}/scp/...
export function PanelApp() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <PageHeader home="/scp/" area={t('panel:area')} />
      </AppShell.Header>
      <AppShell.Main>
        <Routes>
          <Route
            index
            element={
              <Container size="xs" component="section">
                <Title order={1}>{t('panel:login.title')}</Title>
              </Container>
            }
          />
          <Route path="*" element={<StatusPage kind="page-not-found" home="/scp/" />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
