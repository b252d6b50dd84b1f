import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../shell/loading-page';
import { useNavigate } from 'react-router-dom';
import { isProblem } from '../../api/problem';
import { sameState, type ListState } from './queue-state';
import { useCreateView, useDeleteView, useUpdateView, type View } from './views';

// "Save as view" on every list; on a saved view also saving the changes, renaming and deleting.
export function ViewActions({ state, view, saved }: { state: ListState; view?: View; saved?: ListState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'save' | 'rename' | 'delete' | null>(null);
  const create = useCreateView();
  const close = () => setDialog(null);
  return (
    <Group gap="xs">
      {view && saved && <SaveChanges id={view.id} state={state} changed={!sameState(state, saved)} />}
      <Button variant="default" size="sm" onClick={() => setDialog('save')}>
        {t('panel:views.saveAs')}
      </Button>
      {view && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" size="sm">
              {t('panel:views.actions')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setDialog('rename')}>{t('panel:views.rename')}</Menu.Item>
            <Menu.Item color="red" onClick={() => setDialog('delete')}>
              {t('panel:views.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <NameDialog
        opened={dialog === 'save'}
        title={t('panel:views.saveTitle')}
        initial=""
        onClose={close}
        error={create.error}
        pending={create.isPending}
        onSubmit={(name) =>
          create.mutate(
            { name, state },
            {
              onSuccess: (created) => {
                close();
                void navigate(`/scp/views/${created.id}`);
              },
            },
          )
        }
      />
      {view && <RenameDialog view={view} opened={dialog === 'rename'} onClose={close} />}
      {view && <DeleteDialog view={view} opened={dialog === 'delete'} onClose={close} />}
    </Group>
  );
}

function SaveChanges({ id, state, changed }: { id: string; state: ListState; changed: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateView(id);
  return (
    <Button size="sm" disabled={!changed} loading={update.isPending} onClick={() => update.mutate({ state }, { onSuccess: () => void navigate(`/scp/views/${id}`, { replace: true }) })}>
      {t('panel:views.saveChanges')}
    </Button>
  );
}

function RenameDialog({ view, opened, onClose }: { view: View; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateView(view.id);
  return (
    <NameDialog
      opened={opened}
      title={t('panel:views.renameTitle')}
      initial={view.name}
      onClose={onClose}
      error={update.error}
      pending={update.isPending}
      onSubmit={(name) => update.mutate({ name }, { onSuccess: onClose })}
    />
  );
}

function DeleteDialog({ view, opened, onClose }: { view: View; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteView(view.id);
  return (
    <Modal opened={opened} onClose={onClose} title={t('panel:views.deleteTitle')} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
      <Stack>
        <Text>{t('panel:views.deleteText', { name: view.name })}</Text>
        {remove.error && (
          <LoadFailed />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => void navigate('/scp/') })}>
            {t('panel:views.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function NameDialog(props: { opened: boolean; title: string; initial: string; error: unknown; pending: boolean; onClose: () => void; onSubmit: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(name.trim());
  };
  const taken = isProblem(props.error, 'view.name-taken');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label={t('panel:views.name')} required maxLength={100} data-autofocus value={name} onChange={(event) => setName(event.currentTarget.value)} error={taken ? t('panel:views.nameTaken') : undefined} />
          {!!props.error && !taken && (
            <LoadFailed />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={props.pending}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
