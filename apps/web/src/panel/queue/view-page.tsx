import { Alert } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../shell/loading-page';
import { useParams } from 'react-router-dom';
import { TicketList } from './queue-page';
import { fromView } from './queue-state';
import { ViewActions } from './view-actions';
import { useViews } from './views';
import { problemText } from '../../api/problem';

// A saved view: /scp/views/{id}, opened with its queue, filters, sort and columns.
export function ViewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const views = useViews();
  const view = views.data?.find((candidate) => candidate.id === id);
  const saved = useMemo(() => (view ? fromView(view) : null), [view]);
  if (views.isPending) {
    return (
      <Loading />
    );
  }
  if (!view || !saved) {
    return (
      <Alert color="yellow" role="alert">
        {views.isError ? (problemText(views.error) ?? t('common:error.generic')) : t('panel:views.notFound')}
      </Alert>
    );
  }
  return <TicketList key={view.id} base={saved} title={view.name} withQueue actions={(state) => <ViewActions state={state} view={view} saved={saved} />} />;
}
