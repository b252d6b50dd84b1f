import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { isProblem } from './api/problem';
import { PortalApp } from './portal/portal-app';
import type { InstanceFacts } from './shell/instance';
import { InstanceContext } from './shell/instance-context';
import { StatusPage, type StatusKind } from './shell/status-page';
import { cssVariables, theme, themeFor } from './shell/theme';

// The agent panel is its own chunk: requesters never download it.
const PanelApp = lazy(() => import('./panel/panel-app').then((module) => ({ default: module.PanelApp })));

function queryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx answer does not get better by asking again.
        retry: (count, error) => count < 2 && !(isProblem(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: true,
        staleTime: 10_000,
      },
    },
  });
}

export function App({ instance }: { instance: InstanceFacts }) {
  return (
    <MantineProvider theme={themeFor(instance.primaryColor)} cssVariablesResolver={cssVariables}>
      <QueryClientProvider client={queryClient()}>
        <InstanceContext.Provider value={instance}>
          <BrowserRouter basename={`/${instance.slug}`}>
            <Routes>
              <Route
                path="scp/*"
                element={
                  <Suspense fallback={null}>
                    <PanelApp />
                  </Suspense>
                }
              />
              <Route path="*" element={<PortalApp />} />
            </Routes>
          </BrowserRouter>
        </InstanceContext.Provider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

export function StatusApp({ kind }: { kind: Exclude<StatusKind, 'page-not-found'> }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <StatusPage kind={kind} />
    </MantineProvider>
  );
}
