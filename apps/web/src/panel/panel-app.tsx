import { Burger, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, Route, Routes } from 'react-router-dom';
import { agentKeysFor } from '../live/live-kinds';
import { useLiveUpdates } from '../live/use-live-updates';
import { useInstance } from '../shell/instance-context';
import { StatusPage } from '../shell/status-page';
import { AdminAlertsPage } from './admin/admin-alerts-page';
import { AdminChecklistPage } from './admin/admin-checklist-page';
import { AdminConsole } from './admin/admin-console';
import { AdminEditPage } from './admin/admin-edit-page';
import { AdminListPage } from './admin/admin-list-page';
import { AdminConfigurationPage } from './admin/admin-configuration-page';
import { AdminMatrixPage } from './admin/admin-matrix-page';
import { AdminTemplatesPage } from './admin/admin-templates-page';
import { AdminPagesPage } from './admin/admin-pages-page';
import { FlaggedMailPage } from './mail/flagged-mail-page';
import { MailboxPage } from './mail/mailbox-page';
import { ManagerOnly } from './mail/manager-only';
import { NewTicketPage } from './new-ticket-page';
import { PanelChrome } from './panel-chrome';
import { PanelSidebar } from './panel-sidebar';
import { QueuePage } from './queue/queue-page';
import { ViewPage } from './queue/view-page';
import { NewTaskPage } from './task/new-task-page';
import { TaskPage } from './task/task-page';
import { TaskQueuePage } from './task/task-queue-page';
import { TicketPage } from './ticket/ticket-page';
import { PasswordResetPage } from './password-reset-page';
import { TwoFactorPage } from './two-factor-page';
import { StaffGate, useSignOut, useStaff } from './staff-session';

function PanelFrame() {
  const { t } = useTranslation();
  const me = useStaff();
  const signOut = useSignOut();
  // On a phone the side bar is a menu behind the burger, closed again once a page is picked.
  const [navbarOpened, navbar] = useDisclosure(false);
  const { slug } = useInstance();
  // Colleagues' changes and new tickets refresh the lists, counts and open ticket.
  useLiveUpdates(`/api/v1/t/${encodeURIComponent(slug)}/events`, agentKeysFor);
  return (
    <PanelChrome
      navbar={<PanelSidebar onNavigate={navbar.close} />}
      navbarOpened={navbarOpened}
      actions={
        <>
          <Button component={Link} to="/scp/account/two-factor" variant="subtle" size="xs">
            {t('panel:twoFactor.menu')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => void signOut()} aria-label={t('panel:signOut.label', { name: me.staff.name })}>
            {t('panel:signOut.button')}
          </Button>
          <Burger opened={navbarOpened} onClick={navbar.toggle} hiddenFrom="sm" size="sm" aria-label={t('panel:nav.toggle')} aria-expanded={navbarOpened} />
        </>
      }
    >
      <Outlet />
    </PanelChrome>
  );
}

// The agent panel: /{slug}/scp/... Every page needs a signed-in agent, but the mailed password
// reset link's.
export function PanelApp() {
  return (
    <Routes>
      <Route
        path="password-reset"
        element={
          <PanelChrome>
            <PasswordResetPage />
          </PanelChrome>
        }
      />
      <Route path="*" element={<SignedInPanel />} />
    </Routes>
  );
}

function SignedInPanel() {
  return (
    <StaffGate>
      <Routes>
        <Route element={<PanelFrame />}>
          <Route index element={<QueuePage />} />
          <Route path="queues/:queue" element={<QueuePage />} />
          <Route path="views/:id" element={<ViewPage />} />
          <Route path="tickets/new" element={<NewTicketPage />} />
          <Route path="tickets/:reference" element={<TicketPage />} />
          <Route path="tasks/queues/:queue" element={<TaskQueuePage />} />
          <Route path="tasks/new" element={<NewTaskPage />} />
          <Route path="tasks/:id" element={<TaskPage />} />
          <Route path="account/two-factor" element={<TwoFactorPage />} />
          <Route element={<ManagerOnly />}>
            <Route path="mail/flagged" element={<FlaggedMailPage />} />
          </Route>
          <Route element={<ManagerOnly orConsole />}>
            <Route path="admin" element={<AdminConsole />}>
              <Route index element={<AdminChecklistPage />} />
              <Route path="mailboxes/new" element={<AdminEditPage sectionKey="mailboxes" />} />
              <Route path="mailboxes/:id" element={<MailboxPage />} />
              <Route path="pages" element={<AdminPagesPage />} />
              <Route path="configuration" element={<AdminConfigurationPage />} />
              <Route path="priority-matrix" element={<AdminMatrixPage />} />
              <Route path="templates" element={<AdminTemplatesPage />} />
              <Route path="alerts" element={<AdminAlertsPage />} />
              <Route path=":section" element={<AdminListPage />} />
              <Route path=":section/new" element={<AdminEditPage />} />
              <Route path=":section/:id/edit" element={<AdminEditPage />} />
            </Route>
          </Route>
          <Route path="*" element={<StatusPage kind="page-not-found" home="/scp/" />} />
        </Route>
      </Routes>
    </StaffGate>
  );
}
