import { Box, Group, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { consoleAccess, useStaff } from '../staff-session';
import { sectionsFor } from './admin-sections';

// The pages that are not a section's list and forms (admin-*-page.tsx).
export const HAND_MADE = ['priority-matrix', 'alerts', 'templates', 'pages'] as const;

// The managers' console, /scp/admin/...: the sections beside the page of the one chosen. An agent
// who administers a department's parts sees those sections only, and starts on the first.
export function AdminConsole() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useStaff();
  const manager = me.staff.isManager;
  const sections = sectionsFor(consoleAccess(me));
  if (!manager && sections.length > 0 && !sections.some((section) => pathname.startsWith(`/scp/admin/${section.key}`))) {
    return <Navigate to={`/scp/admin/${sections[0].key}`} replace />;
  }
  const link = (to: string, label: string, active: boolean) => (
    <NavLink key={to} component={Link} to={to} label={label} active={active} aria-current={active ? 'page' : undefined} variant="filled" />
  );
  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <Box component="nav" aria-label={t('admin:nav.label')} w={200} style={{ flexShrink: 0 }}>
        <Stack gap={2}>
          <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm">
            {t('admin:nav.title')}
          </Text>
          {manager && link('/scp/admin', t('admin:checklist.nav'), /^\/scp\/admin\/?$/.test(pathname))}
          {sections.map((section) => link(`/scp/admin/${section.key}`, t(`admin:sections.${section.key}.title`), pathname.startsWith(`/scp/admin/${section.key}`)))}
          {manager && HAND_MADE.map((page) => link(`/scp/admin/${page}`, t(`admin:nav.pages.${page}`), pathname.startsWith(`/scp/admin/${page}`)))}
          {manager && link('/scp/admin/configuration', t('admin:configuration.nav'), pathname.startsWith('/scp/admin/configuration'))}
        </Stack>
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Outlet />
      </Box>
    </Group>
  );
}
