import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isProblem, problemText } from '../../api/problem';

// A mailed link that no longer works: spent, expired or cut short; what to do instead.
export function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = isProblem(error, 'requester.token-expired')
    ? t('portal:errors.token-expired')
    : isProblem(error, 'requester.token-invalid') || isProblem(error, 'request.invalid')
      ? t('portal:errors.token-invalid')
      : isProblem(error, 'requester.cannot-login')
        ? t('portal:errors.cannot-login')
        : (problemText(error) ?? t('common:error.generic'));
  return (
    <>
      <Text role="alert">{message}</Text>
      <Group gap="md">
        <Anchor component={Link} to="/login">
          {t('portal:menu.signIn')}
        </Anchor>
        <Anchor component={Link} to="/password-reset">
          {t('portal:login.forgot')}
        </Anchor>
      </Group>
    </>
  );
}
