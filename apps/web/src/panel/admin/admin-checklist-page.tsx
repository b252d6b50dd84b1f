import { Anchor, Badge, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import { useAdminList, useAdminObject } from './admin-data';
import { CHECKLIST_SECTIONS, CHECKLIST_STEPS, checklistState, type InstanceData } from './admin-checklist';

// The console's first page, /scp/admin: the set-up of a new instance step by step, each step
// done or not as the instance's data says, with a link to the section where it is done.
export function AdminChecklistPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const data: InstanceData = {
    settings: useAdminObject<InstanceData['settings']>('settings').data,
    departments: useAdminList('departments').data as InstanceData['departments'],
    roles: useAdminList('roles').data as InstanceData['roles'],
    teams: useAdminList('teams').data as InstanceData['teams'],
    agents: useAdminList('agents').data as InstanceData['agents'],
    mailboxes: useAdminList('mailboxes').data as InstanceData['mailboxes'],
    helpTopics: useAdminList('help-topics').data as InstanceData['helpTopics'],
    slaPlans: useAdminList('sla-plans').data as InstanceData['slaPlans'],
    alerts: useAdminObject<InstanceData['alerts']>('alerts').data,
    templates: useAdminList('templates').data as unknown as InstanceData['templates'],
    pages: useAdminList('pages').data,
    hasLogo: useInstance().logoUrl !== null,
  };
  const state = checklistState(data);
  const done = CHECKLIST_STEPS.filter((step) => state[step] === true).length;
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>{t('admin:checklist.title')}</Title>
      <Text>{t('admin:checklist.intro')}</Text>
      <Progress value={(done / CHECKLIST_STEPS.length) * 100} aria-label={t('admin:checklist.progress', { done: formatNumber(done, locale), total: formatNumber(CHECKLIST_STEPS.length, locale) })} />
      <Text size="sm" c="dimmed">
        {t('admin:checklist.progress', { done: formatNumber(done, locale), total: formatNumber(CHECKLIST_STEPS.length, locale) })}
      </Text>
      <List listStyleType="none" spacing="sm" aria-label={t('admin:checklist.title')} styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
        {CHECKLIST_STEPS.map((step, index) => {
          const section = CHECKLIST_SECTIONS[step];
          const title = t(`admin:checklist.steps.${step}.title`);
          const status = state[step] === undefined ? 'unknown' : state[step] ? 'done' : 'todo';
          return (
            <List.Item key={step} aria-label={`${title}: ${t(`admin:checklist.${status}`)}`}>
              <Card withBorder padding="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2}>
                    <Text fw={600}>
                      {`${formatNumber(index + 1, locale)}. `}
                      {section ? <Anchor component={Link} to={`/scp/admin/${section}`}>{title}</Anchor> : title}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t(`admin:checklist.steps.${step}.text`)}
                    </Text>
                  </Stack>
                  <Badge color={status === 'done' ? 'teal.9' : status === 'todo' ? 'blue.9' : 'gray.8'} variant={status === 'unknown' ? 'outline' : 'filled'} leftSection={<span aria-hidden>{status === 'done' ? '✓' : status === 'todo' ? '○' : '–'}</span>} style={{ flexShrink: 0 }}>
                    {t(`admin:checklist.${status}`)}
                  </Badge>
                </Group>
              </Card>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
