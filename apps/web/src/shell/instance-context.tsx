import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../format/format';
import type { InstanceFacts } from './instance';

export const InstanceContext = createContext<InstanceFacts | null>(null);

export function useInstance(): InstanceFacts {
  const instance = useContext(InstanceContext);
  if (!instance) throw new Error('useInstance outside an instance page');
  return instance;
}

// The viewer's language and the instance's time zone, for the format functions.
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return { language: i18n.language, timeZone: useInstance().timezone };
}
