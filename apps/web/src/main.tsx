import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { App, StatusApp } from './app';
import { pickLanguage } from './i18n/languages';
import { startI18n } from './i18n/i18n';
import { lookUpInstance, slugOf } from './shell/instance';
import { rememberedLanguage } from './shell/language-switcher';

// Finds the instance of the path, starts the translations in the viewer's language (their own
// choice in this browser, else the instance's default; their account's language is applied
// once they are signed in), then renders the portal or the agent panel.
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const slug = slugOf(window.location.pathname);
  const lookup = slug ? await lookUpInstance(slug) : ({ kind: 'not-found' } as const);
  const instanceLanguage = lookup.kind === 'found' ? lookup.instance.defaultLanguage : null;
  await startI18n(pickLanguage(rememberedLanguage(), instanceLanguage, navigator.language));
  root.render(lookup.kind === 'found' ? <App instance={lookup.instance} /> : <StatusApp kind={lookup.kind} />);
}

void start();
