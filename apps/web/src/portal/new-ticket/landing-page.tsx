import { Alert, Anchor, Button, Container, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { LoadFailed, LoadingPage } from '../../shell/loading-page';
import { assistantStep, topicPath, type Topic } from '../topic-tree';
import { PortalPageText, usePortalPage } from '../portal-pages';
import { NewTicketForm } from './new-ticket-form';

export const HELP_TOPICS_KEY = ['portal', 'help-topics'] as const;

// The start page: a guided "new ticket" assistant. Each choice is a step in the address (?topic=),
// so the browser's back and forward buttons walk the steps too.
export function LandingPage() {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const topics = useQuery({
    queryKey: HELP_TOPICS_KEY,
    queryFn: () => data(api.GET('/api/v1/t/{slug}/portal/help-topics', { params: { path: { slug } } })),
    staleTime: 5 * 60_000,
  });
  const page = usePortalPage('landing');
  return (
    <Container size="sm" py="md">
      <Stack gap="lg">
        {page ? (
          <PortalPageText page={page} />
        ) : (
          <div>
            <Title order={1}>{t('portal:landing.title')}</Title>
            <Text c="dimmed" mt="xs">
              {t('portal:landing.intro')}
            </Text>
          </div>
        )}
        {topics.isPending ? (
          <LoadingPage />
        ) : topics.isError ? (
          <LoadFailed />
        ) : topics.data.length === 0 ? (
          <Alert color="gray">{t('portal:assistant.noTopics')}</Alert>
        ) : (
          <Assistant topics={topics.data} />
        )}
      </Stack>
    </Container>
  );
}

function Assistant({ topics }: { topics: Topic[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const path = topicPath(topics, params.get('topic'));
  const step = assistantStep(topics, path);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const key = path.map((topic) => topic.id).join('/');
  useEffect(() => {
    // Once the person moved between steps, the new step's heading takes the focus (and is read).
    if (moved.current) heading.current?.focus();
  }, [key]);
  // Going back keeps the choice that was made there (?was=), so it shows selected.
  const go = (topic: Topic | null, was?: Topic) => {
    moved.current = true;
    setParams({ ...(topic ? { topic: topic.id } : {}), ...(was ? { was: was.id } : {}) });
  };
  const stepNumber = step.kind === 'choose' ? step.depth + 1 : path.length + 1;
  return (
    <Stack gap="md">
      {path.length > 0 && (
        <nav aria-label={t('portal:assistant.choices')}>
          <List listStyleType="none" spacing="xs" p={0}>
            {path.map((topic, index) => (
              <List.Item key={topic.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    {t('portal:assistant.chosen', { step: index + 1 })}{' '}
                    <Text span fw={600}>
                      {topic.name}
                    </Text>
                  </Text>
                  <Anchor component="button" type="button" size="sm" onClick={() => go(path[index - 1] ?? null, topic)} aria-label={t('portal:assistant.changeLabel', { topic: topic.name })}>
                    {t('portal:assistant.change')}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        </nav>
      )}
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} mb="md">
          {step.kind === 'form' ? t('portal:assistant.formStep', { step: stepNumber }) : step.depth === 0 ? t('portal:assistant.topicStep', { step: stepNumber }) : t('portal:assistant.subTopicStep', { step: stepNumber })}
        </Title>
        {step.kind === 'choose' ? (
          <TopicChoice key={key} options={step.options} parent={path.at(-1) ?? null} chosen={params.get('was')} onBack={path.length > 0 ? () => go(path.at(-2) ?? null, path.at(-1)) : null} onChoose={(topic) => go(topic)} />
        ) : (
          <NewTicketForm topic={step.topic} onBack={() => go(path.at(-2) ?? null, step.topic)} />
        )}
      </Paper>
    </Stack>
  );
}

// One step of the tree: the topics below the last choice, as radio buttons (arrow keys move
// between them), then Continue.
function TopicChoice({ options, parent, chosen, onBack, onChoose }: { options: readonly Topic[]; parent: Topic | null; chosen: string | null; onBack: (() => void) | null; onChoose: (topic: Topic) => void }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(options.some((option) => option.id === chosen) ? chosen : null);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const topic = options.find((option) => option.id === selected);
    if (topic) onChoose(topic);
    else setMissing(true);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Radio.Group
          label={parent ? t('portal:assistant.subTopicQuestion', { topic: parent.name }) : t('portal:assistant.topicQuestion')}
          value={selected}
          onChange={(value) => {
            setSelected(value);
            setMissing(false);
          }}
          error={missing ? t('portal:assistant.pickOne') : undefined}
          errorProps={{ role: 'alert' }}
        >
          <Stack gap="sm" mt="sm">
            {options.map((option) => (
              <Radio key={option.id} value={option.id} label={option.name} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="space-between">
          {onBack ? (
            <Button variant="default" onClick={onBack}>
              {t('portal:assistant.back')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit">{t('portal:assistant.continue')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
