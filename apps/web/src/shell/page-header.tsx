import { Group, Image, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useInstance } from './instance-context';
import { LanguageSwitcher } from './language-switcher';
import type { Language } from '../i18n/languages';

// The top of every page: the instance's logo (when it has one) and name, linking home, then
// whatever the page puts on the right (the person's menu), then the language switcher.
export function PageHeader({ home, area, children, onLanguageChange }: { home: string; area?: string; children?: ReactNode; onLanguageChange?: (language: Language) => void }) {
  const instance = useInstance();
  return (
    <Group component="header" justify="space-between" wrap="nowrap" px="md" h="100%" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Link to={home} style={{ textDecoration: 'none', color: 'inherit', minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            {instance.logoUrl && <Image src={instance.logoUrl} alt="" h={32} w="auto" />}
            {/* A long name wraps to a second line on a phone, then ends in an ellipsis; the full
                name stays the link's text and shows on hover. */}
            <div>
              {instance.companyName && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {instance.companyName}
                </Text>
              )}
              <Title order={2} size="h4" fz={{ base: 'sm', xs: 'md', sm: 'var(--mantine-h4-font-size)' }} lineClamp={2} title={instance.name} lh={1.2} style={{ overflowWrap: 'break-word' }}>
                {instance.name}
              </Title>
            </div>
          </Group>
        </Link>
        {area && (
          <Text c="dimmed" size="sm" visibleFrom="xs">
            {area}
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {children}
        <LanguageSwitcher onChange={onLanguageChange} />
      </Group>
    </Group>
  );
}
