import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { isProblem } from '../api/problem';
import { setCsrfToken } from '../api/session';
import type { components } from '../api/schema';
import { isLanguage } from '../i18n/languages';
import { rememberedLanguage } from '../shell/language-switcher';
import { useInstance } from '../shell/instance-context';
import { LoadingPage } from '../shell/loading-page';
import type { ConsoleAccess } from './admin/admin-sections';
import { LoginPage } from './login-page';
import { PanelChrome } from './panel-chrome';

export type StaffMe = components['schemas']['MeResponse'];

const StaffContext = createContext<StaffMe | null>(null);

export const STAFF_ME_KEY = ['staff', 'me'] as const;

// The signed-in agent; every panel page below StaffGate has one.
export function useStaff(): StaffMe {
  const me = useContext(StaffContext);
  if (!me) throw new Error('useStaff outside StaffGate');
  return me;
}

// What the admin console shows the agent.
export function consoleAccess(me: StaffMe): ConsoleAccess {
  return { isManager: me.staff.isManager, administers: me.administers };
}

export function useStaffMe() {
  const { slug } = useInstance();
  return useQuery({
    queryKey: STAFF_ME_KEY,
    queryFn: async () => {
      const me = await data(api.GET('/api/v1/t/{slug}/auth/me', { params: { path: { slug } } }));
      setCsrfToken('staff', me.csrfToken);
      return me;
    },
    retry: false,
    staleTime: 60_000,
  });
}

// Shows the sign-in form until there is a session (a deep link stays where it is and opens
// once signed in), then the page, in the agent's own language unless this browser chose one.
export function StaffGate({ children }: { children: ReactNode }) {
  const me = useStaffMe();
  const { i18n } = useTranslation();
  const language = me.data?.staff.language;
  useEffect(() => {
    if (!rememberedLanguage() && isLanguage(language) && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  if (me.isPending) return <LoadingPage />;
  if (me.isError) {
    if (isProblem(me.error) && me.error.status === 401) {
      return (
        <PanelChrome>
          <LoginPage />
        </PanelChrome>
      );
    }
    throw me.error;
  }
  return <StaffContext.Provider value={me.data}>{children}</StaffContext.Provider>;
}

// Ends the session on the server, and forgets everything this page knew.
export function useSignOut(): () => Promise<void> {
  const { slug } = useInstance();
  const client = useQueryClient();
  return async () => {
    await data(api.POST('/api/v1/t/{slug}/auth/logout', { params: { path: { slug } } })).catch(() => undefined);
    setCsrfToken('staff', null);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== STAFF_ME_KEY[0] });
    // Asked again, the server now answers 401: the sign-in form shows.
    await client.resetQueries({ queryKey: STAFF_ME_KEY });
  };
}
