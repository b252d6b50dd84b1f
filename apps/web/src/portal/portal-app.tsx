import { Route, Routes } from 'react-router-dom';
import { StatusPage } from '../shell/status-page';
import { InvitationPage } from './account/invitation-page';
import { LoginPage } from './account/login-page';
import { PasswordResetPage } from './account/password-reset-page';
import { RegisterConfirmPage } from './account/register-confirm-page';
import { RegisterPage } from './account/register-page';
import { TicketLinkPage } from './account/ticket-link-page';
import { LandingPage } from './new-ticket/landing-page';
import { ThankYouPage } from './new-ticket/thank-you-page';
import { PortalFrame } from './portal-frame';
import { RequesterSessionProvider } from './requester-session';
import { TicketRoute } from './ticket/ticket-route';
import { MyTicketsPage } from './tickets/my-tickets-page';

// The requester portal: /{slug}/...
export function PortalApp() {
  return (
    <RequesterSessionProvider>
      <Routes>
        <Route element={<PortalFrame />}>
          <Route index element={<LandingPage />} />
          <Route path="thanks" element={<ThankYouPage />} />
          <Route path="tickets" element={<MyTicketsPage />} />
          <Route path="tickets/:reference" element={<TicketRoute />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="register/confirm" element={<RegisterConfirmPage />} />
          <Route path="password-reset" element={<PasswordResetPage />} />
          <Route path="invitation" element={<InvitationPage />} />
          <Route path="ticket-link" element={<TicketLinkPage />} />
          <Route path="*" element={<StatusPage kind="page-not-found" home="." />} />
        </Route>
      </Routes>
    </RequesterSessionProvider>
  );
}
