import { AppShell, Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { PageHeader } from '../shell/page-header';
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

// Every portal page: the header (instance, the person's menu, language) above the page.
export function PortalFrame() {
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <PageHeader home="/">
          <AccountMenu />
        </PageHeader>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
