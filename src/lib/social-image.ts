/**
 * Social images (1200×630 PNG) drawn at build time with no network: satori lays out the card
 * with the Inter font files from the installed @fontsource/inter package, resvg rasterises it.
 * Rasterising is the slow part (about 50 ms a card), so each PNG is kept in a cache folder under
 * a hash of everything that makes it: the card's text, the drawing code and the fonts. A build with one
 * record changed redraws one card. ATLAS_CACHE_DIR moves the folder (CI can keep it between runs).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { cached, cacheDir } from './build-cache.ts';
import { BRAND, logoSvg } from './brand.ts';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('@fontsource/inter/package.json')), 'files');
const font = (weight: 400 | 700) => readFileSync(path.join(fontDir, `inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

export interface Card {
  kicker: string;
  title: string;
  subtitle?: string | undefined;
  footer: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

/** Where cards are cached: $ATLAS_CACHE_DIR/og, else node_modules/.cache/atlas/og. */
export const cardCacheDir = (): string => cacheDir('og');

let recipe: string | undefined;
/** The hash of what draws a card besides its text: the drawing code and the font files. */
function recipeHash(): string {
  recipe ??= createHash('sha256')
    .update(drawCard.toString())
    .update(logoSvg())
    .update(font(400))
    .update(font(700))
    .digest('hex');
  return recipe;
}

export const cardKey = (card: Card): string => createHash('sha256').update(recipeHash()).update(JSON.stringify([card.kicker, card.title, card.subtitle ?? '', card.footer])).digest('hex').slice(0, 32);

/** The card as a PNG, from the cache when the same card was drawn before. */
export const renderCard = (card: Card): Promise<Buffer> => cached('og', `${cardKey(card)}.png`, () => drawCard(card));

async function drawCard(card: Card): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const title = card.title.length > 90 ? `${card.title.slice(0, 88).replace(/\s+\S*$/, '')}…` : card.title;
  const tree = h(
    'div',
    // Satori sizes boxes without their padding: the card is 1200×630 with the padding inside.
    { width: 1200 - 2 * 72, height: 630 - 2 * 64, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', boxSizing: 'content-box', background: '#111318', color: '#e9ecf2', fontFamily: 'Inter' },
    h('div', { display: 'flex', fontSize: 30, color: '#8fb0ff', fontWeight: 700, letterSpacing: 1 }, card.kicker.toUpperCase()),
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      h('div', { display: 'flex', fontSize: title.length > 50 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }, title),
      ...(card.subtitle ? [h('div', { display: 'flex', fontSize: 30, marginTop: 24, color: '#b3bac7', lineHeight: 1.35 }, card.subtitle.length > 150 ? `${card.subtitle.slice(0, 148).replace(/\s+\S*$/, '')}…` : card.subtitle)] : []),
    ),
    h('div', { display: 'flex', alignItems: 'center', fontSize: 28, color: '#b3bac7', borderTop: `3px solid ${BRAND.accentOnDark}`, paddingTop: 20 },
      { type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from(logoSvg()).toString('base64')}`, width: 48, height: 48, style: { marginRight: 20 } } } as unknown as Node,
      card.footer),
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  // Rasterising (~45 ms a card) runs on libuv's thread pool, so Astro renders other pages meanwhile
  // (build.concurrency in astro.config.mjs): on two cores, images cost about half their time.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: 1200 } })).asPng();
}
