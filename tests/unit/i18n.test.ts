import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { localePath, stripLocale, useTranslations } from '../../src/i18n/index.ts';
import { countryName, formatDate, formatMoney, formatMoneyShort, formatMonthYear, totalsByCurrency } from '../../src/lib/format.ts';

describe('dictionaries', () => {
  test('Spanish has exactly the English keys', () => {
    const enKeys = Object.keys(en).sort();
    const esKeys = Object.keys(es).sort();
    expect(esKeys.filter((k) => !(k in en)), 'keys in es.ts that en.ts does not have').toEqual([]);
    expect(enKeys.filter((k) => !(k in es)), 'keys missing from es.ts').toEqual([]);
  });
  test('no Spanish string is left empty or identical to a long English one', () => {
    for (const [k, v] of Object.entries(es)) {
      expect(v.trim(), k).not.toBe('');
      const source = en[k as keyof typeof en];
      // Short strings like "No", "Audio" or "{n} tokens" are legitimately the same in both.
      if (source.length > 12 && !k.startsWith('lang.')) expect(v, `${k} looks untranslated`).not.toBe(source);
    }
  });
  test('placeholders survive translation', () => {
    for (const [k, v] of Object.entries(en)) {
      const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(vars(es[k as keyof typeof en]), k).toEqual(vars(v));
    }
  });
  test('t fills variables', () => {
    expect(useTranslations('es')('search.results', { n: 3, q: 'mistral' })).toBe('3 resultados para «mistral»');
  });
});

describe('paths', () => {
  test('English at the root, Spanish under /es/', () => {
    expect(localePath('en', '/companies/mistral-ai/')).toBe('/companies/mistral-ai/');
    expect(localePath('es', '/companies/mistral-ai/')).toBe('/es/companies/mistral-ai/');
    expect(localePath('es', '/')).toBe('/es/');
    expect(stripLocale('/es/companies/mistral-ai/')).toBe('/companies/mistral-ai/');
    expect(stripLocale('/es/')).toBe('/');
    expect(stripLocale('/essays/')).toBe('/essays/');
  });
});

describe('formatting per locale', () => {
  const d = new Date(Date.UTC(2023, 11, 12));
  test('dates', () => {
    expect(formatDate(d, 'en')).toBe('December 12, 2023');
    expect(formatDate(d, 'es')).toBe('12 de diciembre de 2023');
    expect(formatMonthYear('2023-04', 'es')).toBe('abril de 2023');
    expect(formatMonthYear('2023', 'en')).toBe('2023');
  });
  test('money in words, in the announced currency', () => {
    expect(formatMoney({ value: 385_000_000, currency: 'EUR' }, 'en')).toBe('€385 million');
    expect(formatMoney({ value: 385_000_000, currency: 'EUR' }, 'es')).toBe('385 millones de euros');
    expect(formatMoney({ value: 2_000_000_000, currency: 'USD' }, 'en')).toBe('$2 billion');
    expect(formatMoney({ value: 600_000, currency: 'GBP' }, 'es')).toMatch(/^600 mil libras/);
    expect(formatMoney({ value: 12_000_000, currency: 'CHF' }, 'en')).toBe('CHF 12 million');
    expect(formatMoneyShort({ value: 385_000_000, currency: 'EUR' }, 'en')).toBe('€385M');
  });
  test('country names', () => {
    expect(countryName('FR', 'es')).toBe('Francia');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('EU', 'es')).toBe('Unión Europea');
  });
  test('totals are per currency, never across currencies', () => {
    expect(
      totalsByCurrency([
        { value: 105_000_000, currency: 'EUR' },
        { value: 385_000_000, currency: 'EUR' },
        { value: 15_000_000, currency: 'USD' },
      ]),
    ).toEqual([
      { currency: 'EUR', value: 490_000_000 },
      { currency: 'USD', value: 15_000_000 },
    ]);
  });
});
