import { Box, Group, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { ADMIN_SECTIONS } from './admin-sections';

// The pages that are not a section's list and forms (admin-*-page.tsx).
export const HAND_MADE = ['priority-matrix', 'alerts', 'templates', 'pages'] as const;

// The managers' console, /scp/admin/...: the sections beside the page of the one chosen.
export function AdminConsole() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
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
          {link('/scp/admin', t('admin:checklist.nav'), /^\/scp\/admin\/?$/.test(pathname))}
          {ADMIN_SECTIONS.map((section) => link(`/scp/admin/${section.key}`, t(`admin:sections.${section.key}.title`), pathname.startsWith(`/scp/admin/${section.key}`)))}
          {HAND_MADE.map((page) => link(`/scp/admin/${page}`, t(`admin:nav.pages.${page}`), pathname.startsWith(`/scp/admin/${page}`)))}
        </Stack>
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Outlet />
      </Box>
    </Group>
  );
}
