import { Stack, Title, Typography } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import type { components } from '../api/schema';
import { useInstance } from '../shell/instance-context';

export type PortalPage = components['schemas']['PortalPage'];
type PageKind = keyof components['schemas']['PortalPagesResponse'];

// The page of that kind the instance wrote, in the viewer's language where it has one; null
// while it loads or when there is none (the portal's own text shows).
export function usePortalPage(kind: PageKind): PortalPage | null {
  const { slug } = useInstance();
  const { i18n } = useTranslation();
  const language = i18n.language as components['schemas']['PortalPage']['language'];
  const pages = useQuery({
    queryKey: ['portal', 'pages', language],
    queryFn: () => data(api.GET('/api/v1/t/{slug}/portal/pages', { params: { path: { slug }, query: { language: language as never } } })),
    staleTime: 5 * 60_000,
  });
  return pages.data?.[kind] ?? null;
}

// A page's title and text. The API keeps only sanitised HTML (no scripts, styles or handlers).
export function PortalPageText({ page, level = 1 }: { page: PortalPage; level?: 1 | 2 }) {
  return (
    <Stack gap="xs" lang={page.language}>
      <Title order={level}>{page.title}</Title>
      <Typography>
        <div dangerouslySetInnerHTML={{ __html: page.body }} />
      </Typography>
    </Stack>
  );
}
