import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// One theme for the portal and the panel. Colours keep WCAG AA contrast for text on white.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
});

// Mantine's dimmed text (gray 6) is below 4.5:1 on white; gray 7 passes. So is its error red
// (red 6, the message under a field and the field's text); red 9 passes.
export const cssVariables: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { '--mantine-color-dimmed': current.colors.gray[7], '--mantine-color-error': current.colors.red[9] },
  dark: {},
});
