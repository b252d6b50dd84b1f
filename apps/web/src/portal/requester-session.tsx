import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { isProblem } from '../api/problem';
import { setCsrfToken } from '../api/session';
import type { components } from '../api/schema';
import { isLanguage } from '../i18n/languages';
import { useInstance } from '../shell/instance-context';
import { rememberedLanguage } from '../shell/language-switcher';
import { LoadingPage } from '../shell/loading-page';
import type { GuestLink } from './portal-links';

export type RequesterMe = components['schemas']['RequesterMeResponse'];

// Who is looking at the portal: nobody signed in, a guest holding one ticket's link, or a
// requester with an account.
export type RequesterSession = { kind: 'anonymous' } | { kind: 'guest'; reference: string | null } | { kind: 'requester'; me: RequesterMe };

export const REQUESTER_ME_KEY = ['portal', 'me'] as const;

const SessionContext = createContext<RequesterSession | null>(null);

export function useRequesterSession(): RequesterSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useRequesterSession outside RequesterSessionProvider');
  return session;
}

// A guest session answers no auth/me, so no CSRF token comes back after a reload: this tab keeps
// the link it was opened with and exchanges it again (the link itself stays valid).
const GUEST_LINK_KEY = 'tessera.guest-link';

export function storedGuestLink(slug: string): GuestLink | null {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(GUEST_LINK_KEY) ?? 'null') as (GuestLink & { slug: string }) | null;
    return stored && stored.slug === slug ? stored : null;
  } catch {
    return null;
  }
}

function storeGuestLink(slug: string, link: GuestLink | null): void {
  try {
    if (link) window.sessionStorage.setItem(GUEST_LINK_KEY, JSON.stringify({ slug, ...link }));
    else window.sessionStorage.removeItem(GUEST_LINK_KEY);
  } catch {
    // Without storage the link works for this page only.
  }
}

// Exchanges a guest link for a cookie session reaching that one ticket; answers the reference
// it opens (a merged ticket's link leads to the ticket it was merged into).
async function openGuestLink(slug: string, link: GuestLink): Promise<string> {
  const session = await data(api.POST('/api/v1/t/{slug}/portal/guest', { params: { path: { slug } }, body: link }));
  setCsrfToken('requester', session.csrfToken);
  storeGuestLink(slug, { ...link, reference: session.reference });
  return session.reference;
}

async function loadSession(slug: string): Promise<RequesterSession> {
  try {
    const me = await data(api.GET('/api/v1/t/{slug}/portal/auth/me', { params: { path: { slug } } }));
    setCsrfToken('requester', me.csrfToken);
    return { kind: 'requester', me };
  } catch (error) {
    if (isProblem(error, 'requester.sign-in-required')) {
      const link = storedGuestLink(slug);
      if (!link) return { kind: 'guest', reference: null };
      return { kind: 'guest', reference: await openGuestLink(slug, link).catch(() => link.reference) };
    }
    if (isProblem(error) && error.status === 401) {
      setCsrfToken('requester', null);
      return { kind: 'anonymous' };
    }
    throw error;
  }
}

// Asks the server who this browser is once, for every portal page, and applies a requester's own
// language unless this browser chose one.
export function RequesterSessionProvider({ children }: { children: ReactNode }) {
  const { slug } = useInstance();
  const { i18n } = useTranslation();
  const session = useQuery({ queryKey: REQUESTER_ME_KEY, queryFn: () => loadSession(slug), retry: false, staleTime: 60_000 });
  const language = session.data?.kind === 'requester' ? session.data.me.requester.language : null;
  useEffect(() => {
    if (!rememberedLanguage() && isLanguage(language) && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  if (session.isPending) return <LoadingPage />;
  if (session.isError) throw session.error;
  return <SessionContext.Provider value={session.data}>{children}</SessionContext.Provider>;
}

// A session began or ended: keep its CSRF token, forget what this page knew about the last one,
// and ask again who this is (the page stays on screen meanwhile).
async function forgetPortal(client: QueryClient): Promise<void> {
  client.removeQueries({ predicate: (query) => query.queryKey[0] === 'portal' && query.queryKey[1] !== REQUESTER_ME_KEY[1] });
  await client.invalidateQueries({ queryKey: REQUESTER_ME_KEY });
}

async function changeSession(client: QueryClient, slug: string, csrfToken: string | null | undefined): Promise<void> {
  setCsrfToken('requester', csrfToken);
  storeGuestLink(slug, null);
  await forgetPortal(client);
}

// Opens a guest link in this browser: the session then reaches that one ticket.
export function useOpenGuestLink(): (link: GuestLink) => Promise<string> {
  const client = useQueryClient();
  const { slug } = useInstance();
  return async (link) => {
    const reference = await openGuestLink(slug, link);
    await forgetPortal(client);
    return reference;
  };
}

// After a sign-in route answered.
export function useSignedIn(): (csrfToken: string | undefined) => Promise<void> {
  const client = useQueryClient();
  const { slug } = useInstance();
  return (csrfToken) => changeSession(client, slug, csrfToken);
}

// Ends the session (an account's or a guest link's) on the server.
export function useSignOut(): () => Promise<void> {
  const { slug } = useInstance();
  const client = useQueryClient();
  return async () => {
    await data(api.POST('/api/v1/t/{slug}/portal/auth/logout', { params: { path: { slug } } })).catch(() => undefined);
    await changeSession(client, slug, null);
  };
}
