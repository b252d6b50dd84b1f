// The languages the product ships (pages, system mails, error messages).
export const LANGUAGES = ['en', 'ca', 'es', 'de', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

// The shipped language a tag names ("de-AT" -> de), or undefined.
export function languageOf(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

// The shipped language an Accept-Language header (RFC 9110) prefers most, or undefined when it
// names none of them. Ties keep the header's order; q=0 means "not this one".
export function acceptedLanguage(header: string | string[] | undefined): Language | undefined {
  const text = Array.isArray(header) ? header.join(',') : header ?? '';
  const ranked = text
    .split(',')
    .slice(0, 50)
    .map((part, order) => {
      const [tag, ...parameters] = part.split(';');
      const q = parameters.map((p) => /^\s*q\s*=\s*(.*?)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { language: languageOf(tag), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.language !== undefined && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked[0]?.language;
}

// The first candidate that is a shipped language, else English: the order in which an answer's
// language is chosen (the request's header, the person's setting, the instance's default).
export function chooseLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const language = languageOf(candidate);
    if (language) return language;
  }
  return 'en';
}
