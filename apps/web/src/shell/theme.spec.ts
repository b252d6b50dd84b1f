import { shadesOf, theme, themeFor } from './theme';

describe('the theme of an instance', () => {
  it('makes ten shades with the colour at the shade buttons use', () => {
    const shades = shadesOf('#1c5d99');
    expect(shades).toHaveLength(10);
    expect(shades[8]).toBe('#1c5d99');
    expect(shades[9]).toBe('#164a7a');
    // Lighter towards white, one step after the other.
    const red = shades.map((shade) => parseInt(shade.slice(1, 3), 16));
    expect(red).toEqual([...red].sort((a, b) => b - a));
    expect(shades[0]).toBe('#edf2f7');
  });

  it("keeps the product's theme without a colour", () => {
    expect(themeFor(null)).toBe(theme);
    expect(themeFor('#1c5d99')).toMatchObject({ primaryColor: 'brand', primaryShade: 8 });
  });
});
