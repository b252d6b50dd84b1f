import { AppShell } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/page-header';

// The panel's frame: the header (instance, area, the agent's menu, language) above the page, and
// a side bar where the page gives one (on a phone only while `navbarOpened`).
export function PanelChrome({ actions, navbar, navbarOpened = false, children }: { actions?: ReactNode; navbar?: ReactNode; navbarOpened?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} navbar={navbar ? { width: 260, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } } : undefined} padding="md">
      <AppShell.Header>
        <PageHeader home="/scp/" area={t('panel:area')}>
          {actions}
        </PageHeader>
      </AppShell.Header>
      {navbar && (
        <AppShell.Navbar p="sm" aria-label={t('panel:nav.label')}>
          {navbar}
        </AppShell.Navbar>
      )}
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
