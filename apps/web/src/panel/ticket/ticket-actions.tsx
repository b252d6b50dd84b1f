import { Button, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { isProblem } from '../../api/problem';
import { useStaff } from '../staff-session';
import { useOpenTaskTitles } from '../task/task-queries';
import { ActionDialog } from './action-dialog';
import { useDirectory } from './ticket-queries';
import type { Ticket, TicketAction } from './ticket-model';
import { isoToZonedInput, zonedInputToIso } from './zoned-time';
import { useTicketWriter } from './ticket-writer';

type Dialog = 'assign' | 'transfer' | 'status' | 'priority' | 'topic' | 'due' | 'collaborators' | 'merge' | 'link' | 'delete';

const LEVELS = ['1', '2', '4', '8'];
type Level = 1 | 2 | 4 | 8;
const LINK_KINDS = ['related', 'child_of', 'parent_of', 'duplicate_of'] as const;
type LinkKind = (typeof LINK_KINDS)[number];

// What the agent may do on the ticket: only the actions their role allows are offered.
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { slug, timezone } = useInstance();
  const me = useStaff();
  const writer = useTicketWriter();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [form, setForm] = useState<Record<string, string>>({});
  const [result, setResult] = useState<string | null>(null);
  const may = (action: TicketAction) => ticket.actions.includes(action);
  const reference = ticket.reference;
  const field = (name: string) => form[name] ?? '';
  const set = (name: string) => (value: string | null) => setForm((f) => ({ ...f, [name]: value ?? '' }));
  const params = (ifMatch: string) => ({ path: { slug, reference }, header: { 'If-Match': ifMatch } });
  const show = (dialog: Dialog, initial: Record<string, string> = {}) => {
    setForm(initial);
    setResult(null);
    setOpen(dialog);
  };
  const close = () => setOpen(null);
  const dialogProps = (dialog: Dialog) => ({ opened: open === dialog, onClose: close, title: t(`ticket:actions.${dialog}.title`), submitLabel: t(`ticket:actions.${dialog}.submit`) });
  // Resolving or closing is refused while the ticket has open tasks: the refusal names them.
  const openTasks = useOpenTaskTitles(reference);
  const explainStatus = (error: unknown) => (isProblem(error, 'ticket.open-tasks') && openTasks.length ? t('tasks:refusal', { names: openTasks.join(', ') }) : null);
  const toTicket = (target: string) => navigate(`/scp/tickets/${encodeURIComponent(target)}`);

  const statuses = useDirectory('statuses', () => data(api.GET('/api/v1/t/{slug}/statuses', { params: { path: { slug } } })), may('status') || may('close'));
  const priorities = useDirectory('priorities', () => data(api.GET('/api/v1/t/{slug}/priorities', { params: { path: { slug } } })), may('priority'));
  const departments = useDirectory('departments', () => data(api.GET('/api/v1/t/{slug}/departments', { params: { path: { slug } } })), may('transfer'));
  const topics = useDirectory('help-topics', () => data(api.GET('/api/v1/t/{slug}/help-topics', { params: { path: { slug } } })), may('topic'));
  const agents = useDirectory('agents', () => data(api.GET('/api/v1/t/{slug}/agents', { params: { path: { slug } } })), may('assign'));
  const teams = useDirectory('teams', () => data(api.GET('/api/v1/t/{slug}/teams', { params: { path: { slug } } })), may('assign'));
  const organizations = useDirectory('organizations', () => data(api.GET('/api/v1/t/{slug}/organizations', { params: { path: { slug } } })), may('collaborators'));
  // The instance's settings are read by managers only; others infer the priority mode from the ticket.
  const manager = me.staff.isManager;
  const settings = useDirectory('settings', () => data(api.GET('/api/v1/t/{slug}/admin/settings', { params: { path: { slug } } })), manager && may('priority'));
  const matrix = settings.data ? settings.data.priorityMode === 'matrix' : ticket.impact !== null;

  // Only the sides the agent changed: a new team left to choose its agent assigns in turn.
  const assignment = () => {
    const staffId = field('staffId') || null;
    const teamId = field('teamId') || null;
    const body: { staffId?: string | null; teamId?: string | null } = {};
    if (staffId !== (ticket.assignee?.id ?? null)) body.staffId = staffId;
    if (teamId !== (ticket.team?.id ?? null)) body.teamId = teamId;
    return Object.keys(body).length > 0 ? body : { staffId, teamId };
  };

  const quick = async (action: 'claim' | 'release') => {
    setBusy(action);
    try {
      await writer.perform(t(`ticket:actions.${action}`), (ifMatch) =>
        data(action === 'claim' ? api.POST('/api/v1/t/{slug}/tickets/{reference}/claim', { params: params(ifMatch) }) : api.POST('/api/v1/t/{slug}/tickets/{reference}/release', { params: params(ifMatch) })),
      );
    } catch {
      setResult(null);
    } finally {
      setBusy(null);
    }
  };

  const agentChoices = [
    { value: '', label: t('ticket:actions.assign.nobody') },
    ...(agents.data ?? [{ id: me.staff.id, name: me.staff.name }]).map((a) => ({ value: a.id, label: a.name })),
  ];
  if (ticket.assignee && !agentChoices.some((c) => c.value === ticket.assignee?.id)) agentChoices.push({ value: ticket.assignee.id, label: ticket.assignee.name });
  const teamChoices = [{ value: '', label: t('ticket:actions.assign.noTeam') }, ...(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))];
  if (ticket.team && !teamChoices.some((c) => c.value === ticket.team?.id)) teamChoices.push({ value: ticket.team.id, label: ticket.team.name });
  const statusChoices = (statuses.data ?? [])
    .filter((s) => (s.state === 'resolved' || s.state === 'closed' ? may('close') : may('status')))
    .map((s) => ({ value: s.id, label: s.name }));
  const level = (value: string) => ({ value, label: t(`ticket:actions.priority.level.${value}`) });

  const entries: { action: TicketAction; dialog: Dialog; initial?: () => Record<string, string> }[] = [
    { action: 'assign', dialog: 'assign', initial: () => ({ staffId: ticket.assignee?.id ?? '', teamId: ticket.team?.id ?? '' }) },
    { action: 'transfer', dialog: 'transfer' },
    { action: 'status', dialog: 'status', initial: () => ({ statusId: ticket.status.id }) },
    { action: 'priority', dialog: 'priority', initial: () => ({ priorityId: ticket.priority.id, impact: String(ticket.impact ?? ''), urgency: String(ticket.urgency ?? '') }) },
    { action: 'topic', dialog: 'topic', initial: () => ({ helpTopicId: ticket.helpTopic?.id ?? '' }) },
    { action: 'due', dialog: 'due', initial: () => ({ dueAt: isoToZonedInput(ticket.dueAt, timezone) }) },
    { action: 'collaborators', dialog: 'collaborators' },
    { action: 'link', dialog: 'link', initial: () => ({ kind: 'related' }) },
    { action: 'merge', dialog: 'merge' },
    { action: 'delete', dialog: 'delete' },
  ];
  const statusAllowed = may('status') || may('close');
  const offered = entries.filter((e) => (e.action === 'status' ? statusAllowed : may(e.action)));
  if (offered.length === 0 && !may('claim') && !may('release')) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="actions-title">
      <Title order={2} size="h4" id="actions-title">
        {t('ticket:actions.title')}
      </Title>
      {may('claim') && (
        <Button variant="light" onClick={() => void quick('claim')} loading={busy === 'claim'}>
          {t('ticket:actions.claim')}
        </Button>
      )}
      {may('release') && (
        <Button variant="light" onClick={() => void quick('release')} loading={busy === 'release'}>
          {t('ticket:actions.release')}
        </Button>
      )}
      {offered.map((entry) => (
        <Button key={entry.dialog} variant={entry.dialog === 'delete' ? 'outline' : 'default'} color={entry.dialog === 'delete' ? 'red' : undefined} onClick={() => show(entry.dialog, entry.initial?.())}>
          {t(`ticket:actions.${entry.dialog}.button`)}
        </Button>
      ))}

      <ActionDialog
        {...dialogProps('assign')}
        write={() => (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/assign', { params: params(ifMatch), body: assignment() }))}
      >
        <Select label={t('ticket:actions.assign.agent')} data={agentChoices} value={field('staffId')} onChange={set('staffId')} searchable allowDeselect={false} />
        <Select
          label={t('ticket:actions.assign.team')}
          description={t('ticket:actions.assign.teamHint')}
          data={teamChoices}
          value={field('teamId')}
          onChange={set('teamId')}
          searchable
          allowDeselect={false}
        />
      </ActionDialog>

      <ActionDialog
        {...dialogProps('transfer')}
        write={() =>
          field('departmentId')
            ? (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/transfer', { params: params(ifMatch), body: { departmentId: field('departmentId'), note: field('note') || undefined } }))
            : null
        }
      >
        <Select
          label={t('ticket:actions.transfer.department')}
          required
          data={(departments.data ?? []).filter((d) => d.id !== ticket.department.id).map((d) => ({ value: d.id, label: d.name }))}
          value={field('departmentId') || null}
          onChange={set('departmentId')}
        />
        <Textarea label={t('ticket:actions.transfer.note')} autosize minRows={2} value={field('note')} onChange={(e) => set('note')(e.currentTarget.value)} />
      </ActionDialog>

      <ActionDialog
        {...dialogProps('status')}
        explain={explainStatus}
        write={() => (field('statusId') ? (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/status', { params: params(ifMatch), body: { statusId: field('statusId') } })) : null)}
      >
        <Select label={t('ticket:actions.status.status')} data={statusChoices} value={field('statusId') || null} onChange={set('statusId')} allowDeselect={false} />
      </ActionDialog>

      <ActionDialog
        {...dialogProps('priority')}
        write={() => {
          if (matrix) {
            if (!field('impact') || !field('urgency')) return null;
            return (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/priority', { params: params(ifMatch), body: { impact: Number(field('impact')) as Level, urgency: Number(field('urgency')) as Level } }));
          }
          return field('priorityId') ? (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/priority', { params: params(ifMatch), body: { priorityId: field('priorityId') } })) : null;
        }}
      >
        {matrix ? (
          <>
            <Select label={t('ticket:actions.priority.impact')} data={LEVELS.map(level)} value={field('impact') || null} onChange={set('impact')} allowDeselect={false} />
            <Select label={t('ticket:actions.priority.urgency')} data={LEVELS.map(level)} value={field('urgency') || null} onChange={set('urgency')} allowDeselect={false} />
          </>
        ) : (
          <Select
            label={t('ticket:actions.priority.priority')}
            data={(priorities.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={field('priorityId') || null}
            onChange={set('priorityId')}
            allowDeselect={false}
          />
        )}
      </ActionDialog>

      <ActionDialog
        {...dialogProps('topic')}
        write={() => (field('helpTopicId') ? (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/topic', { params: params(ifMatch), body: { helpTopicId: field('helpTopicId') } })) : null)}
      >
        <Select
          label={t('ticket:actions.topic.topic')}
          data={(topics.data ?? []).filter((topic) => topic.isActive).map((topic) => ({ value: topic.id, label: topic.name }))}
          value={field('helpTopicId') || null}
          onChange={set('helpTopicId')}
          searchable
          allowDeselect={false}
        />
      </ActionDialog>

      <ActionDialog
        {...dialogProps('due')}
        write={() => {
          const dueAt = field('dueAt') ? zonedInputToIso(field('dueAt'), timezone) : null;
          if (field('dueAt') && !dueAt) return null;
          return (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/due', { params: params(ifMatch), body: { dueAt: dueAt as never } }));
        }}
      >
        <TextInput type="datetime-local" label={t('ticket:actions.due.dueAt')} description={t('ticket:actions.due.hint', { zone: timezone })} value={field('dueAt')} onChange={(e) => set('dueAt')(e.currentTarget.value)} />
      </ActionDialog>

      <ActionDialog
        {...dialogProps('collaborators')}
        keepOpen
        write={() => {
          if (!field('emails').trim() && !field('organizationId')) return null;
          return (ifMatch) =>
            data(
              api.POST('/api/v1/t/{slug}/tickets/{reference}/collaborators', {
                params: params(ifMatch),
                body: { emails: field('emails').trim() || undefined, organizationId: field('organizationId') || undefined },
              }),
            );
        }}
        after={(answer) => {
          const { added, alreadyThere } = answer as { added: { name: string }[]; alreadyThere: { name: string }[] };
          setForm({});
          setResult(t('ticket:actions.collaborators.result', { added: added.map((p) => p.name).join(', ') || '—', already: alreadyThere.map((p) => p.name).join(', ') || '—' }));
        }}
      >
        {result && (
          <Text role="status" size="sm">
            {result}
          </Text>
        )}
        <Textarea label={t('ticket:actions.collaborators.emails')} description={t('ticket:actions.collaborators.hint')} autosize minRows={3} value={field('emails')} onChange={(e) => set('emails')(e.currentTarget.value)} />
        {manager && (
          <Select
            label={t('ticket:actions.collaborators.organization')}
            data={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={field('organizationId') || null}
            onChange={set('organizationId')}
            searchable
            clearable
          />
        )}
      </ActionDialog>

      <ActionDialog
        {...dialogProps('link')}
        write={() =>
          field('reference').trim()
            ? (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/links', { params: params(ifMatch), body: { reference: field('reference').trim(), kind: (field('kind') || 'related') as LinkKind } }))
            : null
        }
      >
        <TextInput label={t('ticket:actions.link.reference')} required value={field('reference')} onChange={(e) => set('reference')(e.currentTarget.value)} />
        <Select label={t('ticket:actions.link.kind')} data={LINK_KINDS.map((kind) => ({ value: kind, label: t(`ticket:linkKind.${kind}`) }))} value={field('kind') || 'related'} onChange={set('kind')} allowDeselect={false} />
      </ActionDialog>

      <ActionDialog
        {...dialogProps('merge')}
        danger
        write={() => (field('into').trim() ? (ifMatch) => data(api.POST('/api/v1/t/{slug}/tickets/{reference}/merge', { params: params(ifMatch), body: { into: field('into').trim() } })) : null)}
        after={(answer) => {
          const target = (answer as { reference?: string } | undefined)?.reference;
          if (target) toTicket(target);
        }}
      >
        <Text size="sm">{t('ticket:actions.merge.warning', { reference })}</Text>
        <TextInput label={t('ticket:actions.merge.into')} required value={field('into')} onChange={(e) => set('into')(e.currentTarget.value)} />
      </ActionDialog>

      <ActionDialog
        {...dialogProps('delete')}
        danger
        write={() => (ifMatch) => data(api.DELETE('/api/v1/t/{slug}/tickets/{reference}', { params: params(ifMatch) }))}
        after={() => navigate('/scp/')}
      >
        <Text>{t('ticket:actions.delete.confirm', { reference })}</Text>
      </ActionDialog>
    </Stack>
  );
}
