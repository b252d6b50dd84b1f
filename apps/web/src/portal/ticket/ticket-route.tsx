import { Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { isProblem } from '../../api/problem';
import { useInstance } from '../../shell/instance-context';
import { LoadingPage } from '../../shell/loading-page';
import { guestLinkOf, ticketPath, withoutGuestLink, type GuestLink } from '../portal-links';
import { useOpenGuestLink, useRequesterSession } from '../requester-session';
import { TicketPage } from './ticket-page';

// /tickets/:reference, also as the guest link of a mail (?email=&token=).
export function TicketRoute() {
  const { reference = '' } = useParams();
  const link = guestLinkOf(reference, useLocation().search);
  return link ? <GuestLinkOpener key={link.token} link={link} /> : <TicketPage key={reference} reference={reference} />;
}

// Exchanges the link for a session reaching that ticket, then takes email and token out of the
// address (and so out of the history and of anything copied from the address bar). A signed-in
// requester who already sees the ticket keeps their own session.
function GuestLinkOpener({ link }: { link: GuestLink }) {
  const { slug } = useInstance();
  const session = useRequesterSession();
  const openLink = useOpenGuestLink();
  const navigate = useNavigate();
  const location = useLocation();
  const [failure, setFailure] = useState<'not-found' | 'rate-limited' | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const open = async (): Promise<string> => {
      if (session.kind === 'requester') {
        const seen = await data(api.GET('/api/v1/t/{slug}/portal/tickets/{reference}', { params: { path: { slug, reference: link.reference } } })).catch(() => null);
        if (seen) return seen.reference;
      }
      return openLink(link);
    };
    open().then(
      (reference) => navigate(ticketPath(reference) + withoutGuestLink(location.search), { replace: true }),
      (error: unknown) => setFailure(isProblem(error, 'auth.rate-limited') ? 'rate-limited' : 'not-found'),
    );
  }, [openLink, link, location.search, navigate, session.kind, slug]);
  if (failure) return <GuestLinkProblem kind={failure} reference={link.reference} />;
  return <LoadingPage />;
}

// A link that opens nothing: mistyped, cut by a mail program, or of a ticket one may not see.
function GuestLinkProblem({ kind, reference }: { kind: 'not-found' | 'rate-limited'; reference: string }) {
  const { t } = useTranslation();
  const { registration } = useInstance();
  return (
    <Container size="sm" py="md">
      <Paper withBorder p="lg" radius="md">
        <Stack align="flex-start">
          <Title order={1}>{t('portal:guestLink.title')}</Title>
          <Text role="alert">{kind === 'rate-limited' ? t('portal:guestLink.rateLimited') : t('portal:guestLink.text')}</Text>
          <Text>{t('portal:guestLink.help')}</Text>
          <Group>
            <Button component={Link} to="/login">
              {t('portal:menu.signIn')}
            </Button>
            <Button component={Link} to="/" variant="default">
              {t('portal:guestLink.newTicket')}
            </Button>
          </Group>
          <Anchor component={Link} to={`/ticket-link?${new URLSearchParams({ reference })}`}>
            {t('portal:guestLink.askAgain')}
          </Anchor>
          {registration === 'open' && (
            <Anchor component={Link} to="/register">
              {t('portal:register.link')}
            </Anchor>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
