/** What the middleware (src/middleware.ts) gives every page and component through `Astro.locals`. */
declare namespace App {
  interface Locals {
    /** The page's language, from its URL. */
    lang: import('./i18n/index.ts').Locale;
    /** The interface dictionary of that language. */
    t: import('./i18n/index.ts').Translate;
    /** The content of the Atlas, loaded once per build. */
    atlas: import('./domain/atlas.ts').Atlas;
    /** Numbered citations (<Ref n="3" />) met so far in the page's body, per source number. */
    refCount?: Map<number, number>;
  }
}
