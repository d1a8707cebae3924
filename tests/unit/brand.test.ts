/** One palette for the interface and the charts, and one mark for the header, the favicons and the social images. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BRAND, CHART_PALETTE, logoSvg } from '../../src/lib/brand.ts';
import { PALETTE, PRIMARY } from '../../src/charts/charts.ts';

const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

test("the interface's tokens are the palette's values", () => {
  expect(tokens).toContain(`--accent: light-dark(${BRAND.accent}, ${BRAND.accentOnDark})`);
  expect(tokens).toContain(`--bg: light-dark(${BRAND.light}, ${BRAND.dark})`);
  expect(PRIMARY).toBe(CHART_PALETTE[0]);
  expect(PALETTE).toEqual(CHART_PALETTE);
});

/** WCAG relative luminance and contrast ratio. */
const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };

test('every chart colour reads at 3:1 or better on both page backgrounds; the mark at 4.5:1', () => {
  for (const c of CHART_PALETTE) {
    expect(contrast(c, BRAND.light), c).toBeGreaterThanOrEqual(3);
    expect(contrast(c, BRAND.dark), c).toBeGreaterThanOrEqual(3);
  }
  expect(contrast(BRAND.ink, BRAND.accent)).toBeGreaterThanOrEqual(4.5);
});

test('the mark is one drawing: twelve points, three joined to the centre', () => {
  const svg = logoSvg('#000', '#fff', 64);
  expect(svg.match(/<circle /g)?.length).toBe(13);
  expect(svg.match(/<line /g)?.length).toBe(3);
  expect(svg).toMatch(/width="64"/);
});
