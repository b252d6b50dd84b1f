import { Grid, Paper, Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { isProblem } from '../../api/problem';
import { LoadFailed, LoadingPage } from '../../shell/loading-page';
import { StatusPage } from '../../shell/status-page';
import { TaskPanel } from '../task/task-panel';
import { TicketActions } from './ticket-actions';
import { TicketComposer } from './ticket-composer';
import { TicketFields } from './ticket-fields';
import { TicketHeader } from './ticket-header';
import { useThread, useTicketDetails } from './ticket-queries';
import { TicketTags } from './ticket-tags';
import { TicketThread } from './ticket-thread';
import { TicketWriter } from './ticket-writer';

// One ticket as an agent works it: /{slug}/scp/tickets/{reference}.
export function TicketPage() {
  const { reference = '' } = useParams();
  const details = useTicketDetails(reference);
  const thread = useThread(reference);
  if (details.isPending) return <LoadingPage />;
  if (details.isError) {
    if (isProblem(details.error, 'ticket.not-found')) return <StatusPage kind="page-not-found" home="/scp/" />;
    return <LoadFailed />;
  }
  const ticket = details.data;
  return (
    <TicketWriter reference={reference}>
      <Stack gap="lg" maw={1400}>
        <TicketHeader ticket={ticket} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            <Stack gap="lg">
              <Paper withBorder p="md" radius="md">
                <TaskPanel reference={ticket.reference} />
              </Paper>
              {thread.isError ? (
                <LoadFailed />
              ) : (
                <TicketThread entries={thread.data ?? []} reference={ticket.reference} />
              )}
              <TicketComposer ticket={ticket} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            <Stack gap="lg">
              <Paper withBorder p="md" radius="md">
                <TicketTags ticket={ticket} />
              </Paper>
              {ticket.helpTopic && <TicketFields ticket={ticket} />}
              <Paper withBorder p="md" radius="md">
                <TicketActions ticket={ticket} />
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </TicketWriter>
  );
}
