/**
 * schema.org JSON-LD for search engines: Organization (companies, investors), Person,
 * NewsArticle, Dataset and a BreadcrumbList on every page. Values come from the records.
 */
export type JsonLd = Record<string, unknown>;

export function breadcrumbs(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.url })),
  };
}

export function organization(o: { name: string; url: string; website?: string | undefined; legalName?: string | undefined; country: string; founded?: string; founders?: { name: string; url: string }[]; description: string; lang: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': o.url,
    name: o.name,
    url: o.url,
    ...(o.website ? { sameAs: [o.website] } : {}),
    ...(o.legalName ? { legalName: o.legalName } : {}),
    ...(o.founded ? { foundingDate: o.founded } : {}),
    ...(o.founders?.length ? { founder: o.founders.map((f) => ({ '@type': 'Person', name: f.name, url: f.url })) } : {}),
    address: { '@type': 'PostalAddress', addressCountry: o.country },
    description: o.description,
    inLanguage: o.lang,
  };
}

export function person(p: { name: string; url: string; jobTitle: string | undefined; worksFor: { name: string; url: string }[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': p.url,
    name: p.name,
    url: p.url,
    jobTitle: p.jobTitle,
    ...(p.worksFor.length ? { affiliation: p.worksFor.map((w) => ({ '@type': 'Organization', name: w.name, url: w.url })) } : {}),
  };
}

export function newsArticle(a: { headline: string; description: string; url: string; image: string; published: Date; updated?: Date | undefined; author: string; lang: string; publisher: string; logo: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    mainEntityOfPage: a.url,
    url: a.url,
    image: [a.image],
    datePublished: a.published.toISOString().slice(0, 10),
    dateModified: (a.updated ?? a.published).toISOString().slice(0, 10),
    author: [{ '@type': 'Organization', name: a.author }],
    publisher: { '@type': 'Organization', name: a.publisher, logo: { '@type': 'ImageObject', url: a.logo } },
    inLanguage: a.lang,
  };
}

export function dataset(d: { name: string; description: string; url: string; lang: string; files: { name: string; url: string; format: string }[]; modified: Date }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: d.lang,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    dateModified: d.modified.toISOString().slice(0, 10),
    creator: { '@type': 'Organization', name: 'European AI Atlas' },
    distribution: d.files.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.format })),
  };
}

/** Safe inside a <script> element: no "</script>" or "<!--" can be formed. */
export function serialise(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
