/**
 * The AI Act in practice (obligations, panels, timeline, open data), checked on the built site
 * against the editors' content: every obligation cites an article of Regulation (EU) 2024/1689
 * and a date; a date the 2026 amendment moved shows both values; every company and model page has
 * the panel in both languages, each statement with its source or saying plainly it is not public.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { CONTENT, DIST, page } from '../../scripts/lib/site.ts';

const { entries } = validateContent(CONTENT);
type Obligation = { provisions: string[]; applies: Date; amended?: { applies: Date }; regulation: { id: string } };
const obligations = entries.obligations.map((o) => ({ id: o.id, data: o.data as Obligation }));
const day = (d: Date) => d.toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);
const LANGS = ['', '/es'] as const;

describe('obligations', () => {
  test('there are obligations for general-purpose models, systemic risk, open source, bans, high-risk and transparency', () => {
    const concerns = new Set(entries.obligations.map((o) => (o.data as { concerns: string }).concerns));
    for (const c of ['gpai-providers', 'gpai-systemic-risk-providers', 'open-weight-gpai-providers', 'ai-operators', 'high-risk-operators', 'ai-system-providers-deployers']) expect(concerns, c).toContain(c);
    expect(obligations.length).toBeGreaterThanOrEqual(12);
  });

  test('every obligation page cites an article of Regulation (EU) 2024/1689 and the date it applies, with the Official Journal as a source', () => {
    const act = entries.regulations.find((r) => r.id === 'eu-ai-act')?.data as { reference?: string };
    expect(act.reference).toBe('Regulation (EU) 2024/1689');
    for (const o of obligations) {
      expect(o.data.regulation.id, o.id).toBe('eu-ai-act');
      for (const lang of LANGS) {
        const doc = page(`${lang}/obligations/${o.id}/`);
        expect(doc.querySelector('[data-provisions]')?.textContent, o.id).toMatch(/\bArticle \d+/);
        const dates = [...doc.querySelectorAll('[data-applies] time')].map((t) => t.getAttribute('datetime'));
        expect(dates, o.id).toContain(day(o.data.applies));
        const sources = [...doc.querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
        expect(sources, o.id).toContain('https://eur-lex.europa.eu/eli/reg/2024/1689/oj');
        expect(doc.querySelector('main')?.textContent, o.id).toMatch(lang ? /no asesoramiento jurídico/ : /not legal advice/);
      }
    }
  });

  test('a date moved by the 2026 amendment shows the original struck through and the amended date, each with its source', () => {
    const moved = obligations.filter((o) => o.data.amended);
    expect(moved.map((o) => o.id).sort()).toEqual(['high-risk-annex-i', 'high-risk-annex-iii', 'transparency-marking']);
    for (const o of moved) {
      for (const lang of LANGS) {
        const applies = page(`${lang}/obligations/${o.id}/`).querySelector('[data-applies]')!;
        expect(applies.querySelector('del time')?.getAttribute('datetime'), o.id).toBe(day(o.data.applies));
        expect(applies.querySelector('ins time')?.getAttribute('datetime'), o.id).toBe(day(o.data.amended!.applies));
        expect(applies.querySelectorAll('.cite a.src').length, o.id).toBeGreaterThanOrEqual(2);
        // The timeline shows both too.
        const item = [...page(`${lang}/obligations/`).querySelectorAll('.timeline li')].find((li) => li.querySelector(`a[href="${lang}/obligations/${o.id}/"]`));
        expect(item?.querySelector('del time')?.getAttribute('datetime'), o.id).toBe(day(o.data.applies));
        expect(item?.querySelector(':scope > time')?.getAttribute('datetime'), o.id).toBe(day(o.data.amended!.applies));
      }
    }
    // Annex III moved from 2 August 2026 to 2 December 2027.
    const annexIII = obligations.find((o) => o.id === 'high-risk-annex-iii')!;
    expect([day(annexIII.data.applies), day(annexIII.data.amended!.applies)]).toEqual(['2026-08-02', '2027-12-02']);
  });

  test('the timeline lists every obligation once, in date order, marking what is in force on the build date', () => {
    for (const lang of LANGS) {
      const items = [...page(`${lang}/obligations/`).querySelectorAll('.timeline li')];
      expect(items.length).toBe(obligations.length);
      const dates = items.map((li) => li.querySelector(':scope > time')!.getAttribute('datetime')!);
      expect(dates).toEqual([...dates].sort());
      for (const [i, li] of items.entries()) expect(li.getAttribute('data-in-force'), dates[i]).toBe(String(dates[i]! <= today));
      expect(items.some((li) => li.getAttribute('data-in-force') === 'true')).toBe(true);
      expect(items.some((li) => li.getAttribute('data-in-force') === 'false')).toBe(true);
    }
  });

  test('each obligation names who in the Atlas it concerns: companies and models for the model duties, a reason otherwise; the index counts them', () => {
    const index = page('/obligations/');
    const card = [...index.querySelectorAll('.card')].find((c) => c.querySelector('a[href="/obligations/gpai-documentation/"]'))!;
    const counted = (key: string) => Number(card.querySelector(`[data-concerned-group="${key}"]`)?.getAttribute('data-count'));
    expect(counted('stated') + counted('undisclosed')).toBe(entries.models.length);
    const gpai = page('/obligations/gpai-documentation/');
    const companies = [...gpai.querySelectorAll('[data-concerned-group="companies"] a')].map((a) => a.getAttribute('href'));
    expect(companies).toContain('/companies/mistral-ai/');
    expect(companies).toContain('/companies/aleph-alpha/');
    const stated = [...gpai.querySelectorAll('[data-concerned-group="stated"] a')].map((a) => a.getAttribute('href'));
    expect(stated).toContain('/models/mistral-large-3/');
    const models = [...gpai.querySelectorAll('[data-concerned-group] a[href^="/models/"]')];
    expect(models.length).toBe(entries.models.length);
    expect(counted('companies')).toBe(gpai.querySelectorAll('[data-concerned-group="companies"] a').length);
    const open = page('/obligations/open-source-exemption/');
    const openModels = [...open.querySelectorAll('a[href^="/models/"]')].map((a) => a.getAttribute('href'));
    expect(openModels).toContain('/models/mistral-7b/');
    expect(openModels).not.toContain('/models/flux-1-dev/');
    expect(openModels).not.toContain('/models/mistral-large/');
    expect(page('/obligations/gpai-systemic-risk/').querySelector('[data-concerned]')?.getAttribute('data-concerned')).toBe('none-known');
  });
});

describe('the AI Act panel', () => {
  /** Every statement of a panel: a source next to it, or a plain "not disclosed" / "none found". */
  function unsourced(doc: Document): string[] {
    const panel = doc.querySelector('section[data-aiact]');
    if (!panel) return ['no panel'];
    const out: string[] = [];
    for (const dd of panel.querySelectorAll('dl > dd')) {
      const plain = dd.matches('[data-aiact-gpai="not-disclosed"], [data-aiact-summary="none-found"], [data-aiact-role], [data-aiact-commitments="0"], [data-aiact-exemption="no-weights"]');
      if (!plain && !dd.querySelector('.cite a.src')) out.push(dd.textContent!.trim().slice(0, 60));
    }
    for (const li of panel.querySelectorAll('[data-aiact-commitments] li')) if (!li.querySelector('.cite a.src')) out.push(li.textContent!.slice(0, 60));
    if (!panel.querySelector('.obligations li')) out.push('no obligation listed');
    if (!/not legal advice|no asesoramiento jurídico/.test(panel.textContent ?? '')) out.push('no disclaimer');
    return out;
  }

  test('every company and model page has it, in both languages, each statement sourced or plainly not public', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const c of entries.companies) for (const p of unsourced(page(`${lang}/companies/${c.id}/`))) problems.push(`${lang}/companies/${c.id}: ${p}`);
      for (const m of entries.models) for (const p of unsourced(page(`${lang}/models/${m.id}/`))) problems.push(`${lang}/models/${m.id}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  test("Mistral AI's panel: a signatory of the Code of Practice, with its dated commitments and the model duties", () => {
    for (const lang of LANGS) {
      const panel = page(`${lang}/companies/mistral-ai/`).querySelector('section[data-aiact]')!;
      expect(panel.querySelector('[data-aiact-role]')?.getAttribute('data-aiact-role')).toBe('signatory');
      const commitments = [...panel.querySelectorAll('[data-aiact-commitments] li')];
      expect(commitments.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2025-07-03', '2025-08-01']);
      const listed = [...panel.querySelectorAll('.obligations a')].map((a) => a.getAttribute('href'));
      expect(listed).toContain(`${lang}/obligations/gpai-training-summary/`);
      expect(listed).toContain(`${lang}/obligations/prohibited-practices/`);
    }
    // A company with no model and no public commitment says so, and lists only what falls on every AI operator.
    const plain = page('/companies/qdrant/').querySelector('section[data-aiact]')!;
    expect(plain.querySelector('[data-aiact-role]')?.getAttribute('data-aiact-role')).toBe('undisclosed');
    expect(plain.querySelector('[data-aiact-commitments]')?.textContent).toMatch(/None found/);
    expect([...plain.querySelectorAll('.obligations a')].map((a) => a.getAttribute('href'))).not.toContain('/obligations/gpai-training-summary/');
  });

  test('a model with open weights: the licence decides the exemption, and a published training summary is linked', () => {
    const verdict = (p: string) => page(p).querySelector('[data-aiact-exemption]')?.getAttribute('data-aiact-exemption');
    expect(verdict('/models/mistral-7b/')).toBe('qualifies');
    expect(verdict('/es/models/mistral-7b/')).toBe('qualifies');
    expect(verdict('/models/flux-1-dev/')).toBe('does-not-qualify');
    expect(verdict('/models/devstral-2/')).toBe('unclear');
    expect(verdict('/models/mistral-large/')).toBe('no-weights');
    const large3 = page('/models/mistral-large-3/').querySelector('section[data-aiact]')!;
    expect(large3.querySelector('[data-aiact-gpai]')?.getAttribute('data-aiact-gpai')).toBe('stated');
    expect(large3.querySelector('[data-aiact-summary] a[rel~="external"]')?.getAttribute('href')).toBe('https://legal.mistral.ai/ai-governance/models/mistral-large-3');
    // Released before 2 August 2025: the 2027 deadline; after it: from release.
    expect(page('/models/mistral-7b/').querySelector('section[data-aiact]')?.textContent).toMatch(/by 2 August 2027/);
    expect(page('/models/mistral-large-3/').querySelector('section[data-aiact]')?.textContent).toMatch(/applied from its release/);
  });
});

describe('open data and search', () => {
  test('/data/ has the obligations and the model–obligation table, with sources', () => {
    const read = (f: string) => (JSON.parse(readFileSync(path.join(DIST, 'data', f), 'utf8')) as { records: Record<string, unknown>[] }).records;
    const obl = read('obligations.json');
    expect(obl.length).toBe(obligations.length);
    expect(obl.find((o) => o.slug === 'high-risk-annex-iii')).toMatchObject({ applies: '2026-08-02', amendedApplies: '2027-12-02' });
    const rows = read('model-obligations.json');
    expect(new Set(rows.map((r) => r.model)).size).toBe(entries.models.length);
    for (const r of rows) expect((r.sources as unknown[]).length, `${String(r.model)} ${String(r.obligation)}`).toBeGreaterThan(0);
    expect(rows.filter((r) => r.model === 'flux-1-dev').map((r) => r.obligation)).not.toContain('open-source-exemption');
    expect(rows.filter((r) => r.model === 'mistral-7b').map((r) => r.obligation)).toContain('open-source-exemption');
    expect(readFileSync(path.join(DIST, 'data', 'model-obligations.csv'), 'utf8').split('\r\n')[0]).toMatch(/^model,company,obligation,appliesFrom,/);
  });
  test('obligation pages are in the search index with their type, and listed in the search records', () => {
    const doc = page('/obligations/gpai-systemic-risk/');
    expect(doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect([...doc.querySelectorAll('[data-pagefind-filter]')].map((e) => e.getAttribute('data-pagefind-filter'))).toContain('type:AI Act obligation');
    const records = JSON.parse(readFileSync(path.join(DIST, 'search', 'records.json'), 'utf8')) as { kind: string; url: string }[];
    expect(records.filter((r) => r.kind === 'obligation').length).toBe(obligations.length);
  });
});
