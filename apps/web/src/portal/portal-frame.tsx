import { AppShell, Button, Container, Menu, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useInstance } from '../shell/instance-context';
import { PageHeader } from '../shell/page-header';
import { PortalPageText, usePortalPage } from './portal-pages';
import { useRequesterSession, useSignOut } from './requester-session';

// The person's menu in the header: their tickets and signing out once signed in; the way out of a
// guest link's access; else signing in.
function AccountMenu() {
  const { t } = useTranslation();
  const session = useRequesterSession();
  const signOut = useSignOut();
  const location = useLocation();
  if (session.kind === 'anonymous') {
    const next = location.pathname === '/login' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <Button component={Link} to={`/login${next}`} variant="subtle" size="xs">
        {t('portal:menu.signIn')}
      </Button>
    );
  }
  const label = session.kind === 'requester' ? session.me.requester.name : t('portal:menu.guest');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="xs" maw={180} aria-label={t('portal:menu.label', { name: label })}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {session.kind === 'requester' ? (
          <>
            <Menu.Item component={Link} to="/tickets">
              {t('portal:menu.myTickets')}
            </Menu.Item>
            <Menu.Item component={Link} to="/">
              {t('portal:menu.newTicket')}
            </Menu.Item>
            <Menu.Item onClick={() => void signOut()}>{t('portal:menu.signOut')}</Menu.Item>
          </>
        ) : (
          <>
            <Menu.Item component={Link} to="/login">
              {t('portal:menu.signIn')}
            </Menu.Item>
            <Menu.Item onClick={() => void signOut()}>{t('portal:menu.endGuest')}</Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

// Instead of every page while a manager has the portal offline: the instance's offline page, or
// the portal's own text.
function OfflinePage() {
  const { t } = useTranslation();
  const page = usePortalPage('offline');
  return (
    <Container size="sm" py="md">
      {page ? (
        <PortalPageText page={page} />
      ) : (
        <Stack gap="xs">
          <Title order={1}>{t('portal:offline.title')}</Title>
          <Text>{t('portal:offline.text')}</Text>
        </Stack>
      )}
    </Container>
  );
}

// Every portal page: the header (instance, the person's menu, language) above the page.
export function PortalFrame() {
  const online = useInstance().portalOnline;
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <PageHeader home="/">
          <AccountMenu />
        </PageHeader>
      </AppShell.Header>
      <AppShell.Main>{online ? <Outlet /> : <OfflinePage />}</AppShell.Main>
    </AppShell>
  );
}
