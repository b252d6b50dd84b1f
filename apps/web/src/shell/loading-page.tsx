import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// While a part of a page loads; announced to screen readers as a status.
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common:loading')} />
    </Center>
  );
}

// A part of a page that could not be loaded.
export function LoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert">
      {t('common:error.generic')}
    </Alert>
  );
}

export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Loader role="status" aria-label={t('common:loading')} />
    </Center>
  );
}
