import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, Language } from './languages';
import { NAMESPACES } from './namespaces';
import { resources } from './resources';


// Every string of the interface comes from the locale files; a key missing in the current
// language is reported on the console (the browser tests fail on it) and shows the key.
export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => console.error(`i18n: missing key ${namespace}:${key} (${languages.join(', ')})`),
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => (document.documentElement.lang = next));
  return i18next;
}
