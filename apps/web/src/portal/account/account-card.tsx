import { Container, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

// The narrow card every account page (sign in, register, links from mails) is laid out in.
export function AccountCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container size={460} py="xl" px={0}>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={1} size="h2">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}
