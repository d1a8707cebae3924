/**
 * The charts a body may place with <AtlasChart name="…" />, drawn at build time from the Atlas's
 * own records. `sector` and `country` narrow "equity-per-year" to one sector or one country.
 * Kept apart from the chart code so that the content check can read it without loading Plot.
 */
export const ARTICLE_CHARTS = ['equity-per-year', 'funding-by-country', 'europe-map', 'models-per-year'] as const;
export type ArticleChartName = (typeof ARTICLE_CHARTS)[number];
/** The charts that take a `sector` or `country`. */
export const FILTERABLE_CHARTS: readonly ArticleChartName[] = ['equity-per-year'];
export const isArticleChart = (s: string): s is ArticleChartName => (ARTICLE_CHARTS as readonly string[]).includes(s);
