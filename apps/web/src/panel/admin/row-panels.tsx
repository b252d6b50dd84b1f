import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem';
import type { components } from '../../api/schema';
import { formatDateTime } from '../../format/format';
import { useInstance, useLocale } from '../../shell/instance-context';
import { LoadFailed, Loading } from '../../shell/loading-page';
import { AdminCell } from './admin-cell';
import { ADMIN_KEY, adminRequest, useAdminObject } from './admin-data';
import type { AdminSection, Row, RowPanel } from './admin-sections';
import { useFieldLabel } from './schema-form';

type Delivery = components['schemas']['WebhookDeliveryResponse'];

// The panels a section shows below a row's form (admin-sections' rowPanels), and what a row
// without a change form shows instead of it.
export function RowPanelOf({ panel, section, path, row }: { panel: RowPanel; section: AdminSection; path: string; row: Row }) {
  switch (panel) {
    case 'renew-secret':
      return <RenewSecret section={section} path={path} />;
    case 'webhook-deliveries':
      return <WebhookDeliveries path={path} />;
    case 'two-factor':
      return <RemoveTwoFactor path={path} name={String(row.name ?? '')} />;
  }
}

// A secret the API gives once (a key's token, a webhook's signing secret): to copy now.
export function SecretShown({ section, field, secret }: { section: string; field: string; secret: string }) {
  const { t } = useTranslation();
  const label = useFieldLabel(section)(field);
  return (
    <Alert color="dark" variant="light" role="status" title={t('admin:secret.title', { what: label })}>
      <Stack gap="xs">
        <Text size="sm">{t('admin:secret.text')}</Text>
        <Code block aria-label={label}>
          {secret}
        </Code>
        <Group>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('admin:secret.copied') : t('admin:secret.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

// A row that is not changed once saved, as its columns say.
export function RowDetails({ section, row }: { section: AdminSection; row: Row }) {
  const label = useFieldLabel(section.key);
  return (
    <Table variant="vertical" withTableBorder maw={640}>
      <Table.Tbody>
        {section.columns.map((column) => (
          <Table.Tr key={column}>
            <Table.Th scope="row" w={220}>
              {label(column)}
            </Table.Th>
            <Table.Td>
              <AdminCell section={section} column={column} row={row} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Panel({ panel, children }: { panel: RowPanel; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mt="lg" component="section" aria-labelledby={`panel-${panel}`}>
      <Title order={2} size="h3" id={`panel-${panel}`}>
        {t(`admin:panels.${panel}.title`)}
      </Title>
      {children}
    </Stack>
  );
}

// An action that asks first: the button, the question, and what came of it.
function Confirmed({ panel, run, pending }: { panel: RowPanel; run: () => void; pending: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Group>
        <Button variant="outline" color="red" onClick={() => setAsking(true)}>
          {t(`admin:panels.${panel}.button`)}
        </Button>
      </Group>
      <Modal opened={asking} onClose={() => setAsking(false)} withCloseButton={false} title={t(`admin:panels.${panel}.question`)}>
        <Stack gap="md">
          {t(`admin:panels.${panel}.text`)}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('admin:delete.cancel')}
            </Button>
            <Button
              color="red"
              loading={pending}
              onClick={() => {
                setAsking(false);
                run();
              }}
            >
              {t(`admin:panels.${panel}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

// A webhook's new signing secret: the old one stops signing at once.
function RenewSecret({ section, path }: { section: AdminSection; path: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const renew = useMutation({ mutationFn: () => adminRequest<Row>(slug, 'POST', `${path}/secret`) });
  const secret = renew.data && section.secret ? (renew.data[section.secret] as string) : undefined;
  return (
    <Panel panel="renew-secret">
      <Text size="sm">{t('admin:panels.renew-secret.text')}</Text>
      {renew.error && <Alert color="red" role="alert">{problemText(renew.error) ?? t('common:error.generic')}</Alert>}
      {secret && section.secret && <SecretShown section={section.key} field={section.secret} secret={secret} />}
      <Confirmed panel="renew-secret" run={() => renew.mutate()} pending={renew.isPending} />
    </Panel>
  );
}

const DELIVERY_COLOURS: Record<string, string> = { sent: 'teal.9', pending: 'blue.9', failed: 'red.9', refused: 'gray.8' };

// The latest deliveries of a webhook, newest first; any may be posted again.
function WebhookDeliveries({ path }: { path: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const locale = useLocale();
  const client = useQueryClient();
  const deliveries = useAdminObject<Delivery[]>(`${path}/deliveries`);
  const redeliver = useMutation({
    mutationFn: (eventId: string) => adminRequest<Delivery>(slug, 'POST', `${path}/deliveries/${eventId}/redeliver`),
    onSuccess: () => client.invalidateQueries({ queryKey: [ADMIN_KEY, `${path}/deliveries`] }),
  });
  const heading = t('admin:panels.webhook-deliveries.title');
  return (
    <Panel panel="webhook-deliveries">
      {redeliver.isSuccess && (
        <Alert color="teal" role="status">
          {t('admin:panels.webhook-deliveries.queued')}
        </Alert>
      )}
      {redeliver.error && <Alert color="red" role="alert">{problemText(redeliver.error) ?? t('common:error.generic')}</Alert>}
      {deliveries.isPending ? (
        <Loading />
      ) : deliveries.isError ? (
        <LoadFailed />
      ) : deliveries.data.length === 0 ? (
        <Text c="dimmed">{t('admin:panels.webhook-deliveries.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped aria-label={heading}>
            <Table.Thead>
              <Table.Tr>
                {(['createdAt', 'kind', 'status', 'attempts', 'responseStatus', 'lastError'] as const).map((column) => (
                  <Table.Th key={column} scope="col">
                    {t(`admin:panels.webhook-deliveries.columns.${column}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin:panels.webhook-deliveries.columns.action')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.map((delivery) => {
                const when = formatDateTime(String(delivery.createdAt), locale);
                return (
                  <Table.Tr key={delivery.eventId}>
                    <Table.Td>{when}</Table.Td>
                    <Table.Td>
                      <Code>{delivery.kind}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={700} c={DELIVERY_COLOURS[delivery.status] ?? 'gray.8'}>
                        {t(`admin:values.deliveryStatus.${delivery.status}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{delivery.attempts}</Table.Td>
                    <Table.Td>{delivery.responseStatus ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="xs" lineClamp={2}>
                        {delivery.lastError ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        loading={redeliver.isPending && redeliver.variables === delivery.eventId}
                        onClick={() => redeliver.mutate(delivery.eventId)}
                        aria-label={t('admin:panels.webhook-deliveries.redeliverLabel', { kind: delivery.kind, when })}
                      >
                        {t('admin:panels.webhook-deliveries.redeliver')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Panel>
  );
}

// A lost phone: a manager removes the agent's second factor and recovery codes (decision 0015).
function RemoveTwoFactor({ path, name }: { path: string; name: string }) {
  const { t } = useTranslation();
  const { slug } = useInstance();
  const remove = useMutation({ mutationFn: () => adminRequest<void>(slug, 'DELETE', `${path}/two-factor`) });
  return (
    <Panel panel="two-factor">
      <Text size="sm">{t('admin:panels.two-factor.intro')}</Text>
      {remove.isSuccess && (
        <Alert color="teal" role="status">
          {t('admin:panels.two-factor.done', { name })}
        </Alert>
      )}
      {remove.error && <Alert color="red" role="alert">{problemText(remove.error) ?? t('common:error.generic')}</Alert>}
      <Confirmed panel="two-factor" run={() => remove.mutate()} pending={remove.isPending} />
    </Panel>
  );
}
