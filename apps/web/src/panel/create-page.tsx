import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../api/problem';

interface CreatePageProps {
  title: string;
  intro?: ReactNode;
  // What a problem naming fields says above the form (the fields show their own errors).
  invalid: string;
  submit: string;
  create: UseMutationResult<unknown, Error, void>;
  children: ReactNode;
}

// The fields the API's problem named, for the form's inputs.
export function problemFields(error: unknown): Record<string, string> {
  return isProblem(error) ? error.fields : {};
}

// A page that creates one thing: its title, the form, what the API refused and the submit button.
export function CreatePage({ title, intro, invalid, submit, create, children }: CreatePageProps) {
  const { t } = useTranslation();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Stack maw={760} gap="md">
      <Title order={1}>{title}</Title>
      {intro}
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          {create.error && (
            <Alert color="red" role="alert">
              {Object.keys(problemFields(create.error)).length ? invalid : (problemText(create.error) ?? t('common:error.generic'))}
            </Alert>
          )}
          {children}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
