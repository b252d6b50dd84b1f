import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { useStaff } from '../staff-session';

// The managers' pages; other agents are told why they cannot see them (the API refuses them too).
export function ManagerOnly() {
  const { t } = useTranslation();
  const { staff } = useStaff();
  if (!staff.isManager) {
    return (
      <Alert color="yellow" role="alert" title={t('panel:managers.title')}>
        {t('panel:managers.text')}
      </Alert>
    );
  }
  return <Outlet />;
}
