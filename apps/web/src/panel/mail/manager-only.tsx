import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { mayUseConsole } from '../admin/admin-sections';
import { consoleAccess, useStaff } from '../staff-session';

// The managers' pages; other agents are told why they cannot see them (the API refuses them too).
// `orConsole`: the admin console, which agents who administer a department's part use too.
export function ManagerOnly({ orConsole = false }: { orConsole?: boolean }) {
  const { t } = useTranslation();
  const me = useStaff();
  if (!(orConsole ? mayUseConsole(consoleAccess(me)) : me.staff.isManager)) {
    return (
      <Alert color="yellow" role="alert" title={t('panel:managers.title')}>
        {t('panel:managers.text')}
      </Alert>
    );
  }
  return <Outlet />;
}
