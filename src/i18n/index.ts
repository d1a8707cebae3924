/**
 * Locales, the translation function and locale-aware paths. Components get `t` one way only:
 * `useTranslations(lang)`.
 */
import { en, type UIKey } from './en.ts';
import { es } from './es.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const dictionaries: Record<Locale, Record<UIKey, string>> = { en, es };

export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', es: 'es_ES' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

export function useTranslations(lang: Locale): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => {
    let s = dict[key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** `/companies/x/` → `/es/companies/x/` for Spanish; English lives at the root. */
export function localePath(lang: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LOCALE ? clean : `/${lang}${clean === '/' ? '/' : clean}`;
}

/** The path of the same page without its locale prefix. */
export function stripLocale(pathname: string): string {
  for (const l of LOCALES) {
    if (l === DEFAULT_LOCALE) continue;
    if (pathname === `/${l}` || pathname === `/${l}/`) return '/';
    if (pathname.startsWith(`/${l}/`)) return pathname.slice(l.length + 1);
  }
  return pathname;
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'en' ? 'es' : 'en';
}

/** getStaticPaths params for the `[...lang]` folder: English has no prefix. */
export function langParam(lang: Locale): string | undefined {
  return lang === DEFAULT_LOCALE ? undefined : lang;
}

/** Dictionary keys that come in plural forms: `<key>.one` and `<key>.other`. */
export type PluralKey = { [K in UIKey]: K extends `${infer B}.one` ? (`${B}.other` extends UIKey ? B : never) : never }[UIKey];

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** "1 record", "2 records": the plural form the locale's rules pick (CLDR via Intl.PluralRules). */
export function plural(lang: Locale, key: PluralKey, n: number): string {
  const rules = pluralRules.get(lang) ?? new Intl.PluralRules(lang);
  pluralRules.set(lang, rules);
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return useTranslations(lang)(`${key}.${form}`, { n: n.toLocaleString(lang) });
}
