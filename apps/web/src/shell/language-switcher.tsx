import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from '../i18n/languages';

const CHOICE_KEY = 'tessera.language';

export function rememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(CHOICE_KEY);
  } catch {
    return null;
  }
}

// On every page. The choice is kept in this browser; `onChange` lets a signed-in page keep it on
// the person's account too.
export function LanguageSwitcher({ onChange }: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('common:language.choose')}
      size="xs"
      w={{ base: 112, sm: 130 }}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
      value={i18n.language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        try {
          window.localStorage.setItem(CHOICE_KEY, value);
        } catch {
          // Private windows may refuse storage; the choice then lasts for this page.
        }
        void i18n.changeLanguage(value);
        onChange?.(value);
      }}
    />
  );
}
