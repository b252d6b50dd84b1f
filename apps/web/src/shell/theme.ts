import { createTheme, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

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

// An instance's primary colour as Mantine's ten shades: lighter ones mixed with white, the colour
// itself at the shade buttons use (8; the API keeps it dark enough for white text), a darker one
// for hover.
export function shadesOf(hex: string): MantineColorsTuple {
  const rgb = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  const mix = (toward: number, amount: number) => `#${rgb.map((c) => Math.round(c + (toward - c) * amount).toString(16).padStart(2, '0')).join('')}`;
  const lighter = [0.92, 0.84, 0.72, 0.6, 0.48, 0.36, 0.24, 0.12].map((amount) => mix(255, amount));
  return [...lighter, hex, mix(0, 0.2)] as unknown as MantineColorsTuple;
}

// The theme with the instance's colour, or the product's own.
export function themeFor(primaryColor: string | null | undefined): MantineThemeOverride {
  if (!primaryColor) return theme;
  return createTheme({ ...theme, primaryColor: 'brand', colors: { brand: shadesOf(primaryColor) } });
}
