import { createTheme } from '@mantine/core';

// One theme for the portal and the panel. Colours keep WCAG AA contrast for text on white.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
});
