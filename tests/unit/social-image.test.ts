import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCacheDir, cardKey, renderCard } from '../../src/lib/social-image.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-og-'));
process.env.ATLAS_CACHE_DIR = dir;
afterAll(() => {
  delete process.env.ATLAS_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('social images are drawn once and then read from the cache', () => {
  const card = { kicker: 'Company · France', title: 'Acme AI', subtitle: 'Makes models.', footer: 'European AI Atlas' };

  it('keeps the PNG under a hash of the card, and gives the same bytes the second time', async () => {
    expect(cardCacheDir()).toBe(path.join(dir, 'og'));
    const first = await renderCard(card);
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    const file = path.join(dir, 'og', `${cardKey(card)}.png`);
    expect(existsSync(file)).toBe(true);
    expect((await renderCard(card)).equals(first)).toBe(true);
    // Read from the cache, not drawn again: a marker put in the cached file comes back.
    writeFileSync(file, 'marker');
    expect((await renderCard(card)).toString()).toBe('marker');
  });

  it('a change to any text of the card is another image; no temporary file is left behind', async () => {
    expect(cardKey({ ...card, subtitle: 'Makes other models.' })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, footer: 'Atlas europeo de la IA' })).not.toBe(cardKey(card));
    await renderCard({ ...card, title: 'Acme AI 2' });
    expect(readdirSync(path.join(dir, 'og')).filter((f) => !f.endsWith('.png'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'og'))).toHaveLength(2);
  });
});
