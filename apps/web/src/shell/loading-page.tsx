import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Loader role="status" aria-label={t('common:loading')} />
    </Center>
  );
}
