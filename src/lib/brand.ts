/**
 * The Atlas's identity in one place: its palette, shared by the interface (src/styles/tokens.css,
 * which a unit test keeps equal to these values) and the charts (src/charts/charts.ts), and its
 * mark, drawn once: twelve points on a ring (Europe) with three joined to the centre (a network).
 * The header draws the mark inline in the theme's colours (src/components/Logo.astro); the favicons
 * (src/pages/favicon.*) and the social images (src/lib/social-image.ts) use `logoSvg`.
 */
export const LOGO_POINTS = Array.from({ length: 12 }, (_, i) => {
  const a = (i / 12) * 2 * Math.PI - Math.PI / 2;
  return { x: +(16 + 10 * Math.cos(a)).toFixed(2), y: +(16 + 10 * Math.sin(a)).toFixed(2), linked: i % 4 === 0 };
});

/** The interface: accent and its ink, page backgrounds (light, dark) and the accent on dark (tokens.css). */
export const BRAND = { accent: '#1f4fbf', ink: '#ffffff', light: '#ffffff', dark: '#111318', accentOnDark: '#8fb0ff' } as const;

/**
 * The charts' colours: one hue family with the interface's accent first, each readable at 3:1 or
 * better as a graphic on both page backgrounds (BRAND.light and BRAND.dark).
 */
export const CHART_PRIMARY = '#2f6fdf';
export const CHART_PALETTE = [CHART_PRIMARY, '#d9480f', '#2b8a3e', '#ae3ec9', '#c08a00', '#0c8599', '#e03131', '#7048e8', '#5c940d', '#d6336c'] as const;

/** The mark as a standalone SVG document, in the given colours. */
export function logoSvg(bg: string = BRAND.accent, fg: string = BRAND.ink, size = 32): string {
  const spokes = LOGO_POINTS.filter((p) => p.linked).map((p) => `<line x1="16" y1="16" x2="${p.x}" y2="${p.y}" stroke="${fg}" stroke-width="1.6"/>`);
  const dots = LOGO_POINTS.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="${p.linked ? 2.1 : 1.4}" fill="${fg}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${bg}"/>${spokes.join('')}${dots.join('')}<circle cx="16" cy="16" r="2.6" fill="${fg}"/></svg>`;
}
