import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router-dom';
import { agentKeysFor } from '../live/live-kinds';
import { useLiveUpdates } from '../live/use-live-updates';
import { useInstance } from '../shell/instance-context';
import { StatusPage } from '../shell/status-page';
import { PanelChrome } from './panel-chrome';
import { QueuePage } from './queue/queue-page';
import { TicketPage } from './ticket/ticket-page';
import { StaffGate, useSignOut, useStaff } from './staff-session';

function PanelFrame() {
  const { t } = useTranslation();
  const me = useStaff();
  const signOut = useSignOut();
  const { slug } = useInstance();
  // Colleagues' changes and new tickets refresh the lists, counts and open ticket.
  useLiveUpdates(`/api/v1/t/${encodeURIComponent(slug)}/events`, agentKeysFor);
  return (
    <PanelChrome
      actions={
        <Button variant="subtle" size="xs" onClick={() => void signOut()} aria-label={t('panel:signOut.label', { name: me.staff.name })}>
          {t('panel:signOut.button')}
        </Button>
      }
    >
      <Outlet />
    </PanelChrome>
  );
}

// The agent panel: /{slug}/scp/... Every page needs a signed-in agent.
export function PanelApp() {
  return (
    <StaffGate>
      <Routes>
        <Route element={<PanelFrame />}>
          <Route index element={<QueuePage />} />
          <Route path="tickets/:reference" element={<TicketPage />} />
          <Route path="*" element={<StatusPage kind="page-not-found" home="/scp/" />} />
        </Route>
      </Routes>
    </StaffGate>
  );
}
