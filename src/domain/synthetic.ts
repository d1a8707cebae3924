/**
 * A synthetic, schema-valid content set of a given size, for measuring how the build scales
 * (`npm run bench:scale`). For size S: S companies with their Spanish profiles, 2S funding
 * rounds, S/2 investors, S people, S/4 models and S/50 articles (at least one), written into a
 * folder of their own (never content/); the site pages and data files are copied from the real
 * content so that the synthetic site has every page the real one has.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COUNTRIES = ['FR', 'DE', 'GB', 'NL', 'SE', 'ES', 'IT', 'CH', 'FI', 'DK', 'PL', 'PT', 'AT', 'IE', 'BE', 'NO', 'CZ', 'EE', 'RO', 'GR'];
const SECTORS = ['foundation-models', 'generative-media', 'speech-audio', 'enterprise-ai', 'developer-tools', 'ai-agents', 'defence', 'robotics', 'health', 'ai-infrastructure'];
const STAGES = ['seed', 'series-a', 'series-b', 'series-c', 'growth'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const day = (i: number, year: number) => `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
const source = (what: string, published: string) =>
  `  - url: https://news.example.org/${what}\n    publisher: Example News\n    kind: press\n    title: "${what.replace(/-/g, ' ')}"\n    published: ${published}\n`;

export interface SyntheticCounts { companies: number; funding: number; investors: number; people: number; models: number; articles: number }

export function syntheticCounts(size: number): SyntheticCounts {
  return {
    companies: size,
    funding: 2 * size,
    investors: Math.max(1, Math.floor(size / 2)),
    people: size,
    models: Math.max(1, Math.floor(size / 4)),
    articles: Math.max(1, Math.floor(size / 50)),
  };
}

/** Writes the content set of size `size` into `root` (created), copying pages and data from `realContent`. */
export function writeSynthetic(root: string, size: number, realContent: string): SyntheticCounts {
  const n = syntheticCounts(size);
  for (const dir of ['companies', 'funding', 'investors', 'people', 'models', 'articles/en', 'articles/es', 'regulations', 'obligations', 'glossary']) mkdirSync(path.join(root, dir), { recursive: true });
  cpSync(path.join(realContent, 'pages'), path.join(root, 'pages'), { recursive: true });
  cpSync(path.join(realContent, 'data'), path.join(root, 'data'), { recursive: true });
  const write = (rel: string, text: string) => writeFileSync(path.join(root, rel), text);

  for (let i = 0; i < n.companies; i++) {
    const slug = `company-${i}`;
    const sectors = [pick(SECTORS, i), pick(SECTORS, i + 3)];
    write(`companies/${slug}.mdx`, `---
name: "Company ${i}"
country: ${pick(COUNTRIES, i)}
city: "City ${i % 40}"
founded: "${2010 + (i % 15)}"
founders: [person-${i}]
sectors: [${sectors.join(', ')}]
website: https://company-${i}.example.org
status: active
summary:
  en: "Synthetic company number ${i}, which builds ${sectors[0]} products for European customers."
  es: "Empresa sintética número ${i}, que crea productos de ${sectors[0]} para clientes europeos."
sources:
${source(`company-${i}-profile`, day(i, 2024))}---
Company ${i} was founded by [Person ${i}](/people/person-${i}/). It raised a [seed round](/funding/${slug}-seed-${2020 + (i % 5)}/) and later a [second round](/funding/${slug}-${pick(STAGES, i + 1)}-${2021 + (i % 5)}/).

This paragraph stands for the rest of a profile: what the company makes, who its customers are and how it is financed, in a few sentences of plain text.
`);
    write(`companies/${slug}.es.mdx`, `---
---
Company ${i} la fundó [Person ${i}](/es/people/person-${i}/). Captó una [ronda semilla](/es/funding/${slug}-seed-${2020 + (i % 5)}/) y después una [segunda ronda](/es/funding/${slug}-${pick(STAGES, i + 1)}-${2021 + (i % 5)}/).

Este párrafo hace las veces del resto del perfil: qué hace la empresa, quiénes son sus clientes y cómo se financia.
`);
    write(`people/person-${i}.yaml`, `name: "Person ${i}"
roles:
  - en: "Founder and chief executive of Company ${i}"
    es: "Fundador y consejero delegado de Company ${i}"
affiliations: [${slug}]
sources:
${source(`person-${i}`, day(i, 2024))}`);
    for (const [k, stage, year] of [[0, 'seed', 2020 + (i % 5)], [1, pick(STAGES, i + 1), 2021 + (i % 5)]] as const) {
      write(`funding/${slug}-${stage}-${year}.yaml`, `company: ${slug}
announced: ${day(i + k, year)}
stage: ${stage}
amount: { value: ${(1 + ((i * 7 + k) % 97)) * 1_000_000}, currency: EUR }
leadInvestors: [investor-${(i + k) % n.investors}]
investors: [investor-${(i + k + 1) % n.investors}]
instrument: equity
sources:
${source(`${slug}-${stage}-${year}`, day(i + k, year))}`);
    }
  }
  for (let j = 0; j < n.investors; j++) {
    write(`investors/investor-${j}.yaml`, `name: "Investor ${j}"
kind: venture
country: ${pick(COUNTRIES, j + 5)}
summary:
  en: "Synthetic venture fund number ${j}."
  es: "Fondo de capital riesgo sintético número ${j}."
`);
  }
  for (let m = 0; m < n.models; m++) {
    write(`models/model-${m}.yaml`, `name: "Model ${m}"
company: company-${m}
released: ${day(m, 2023 + (m % 3))}
licence: { spdx: Apache-2.0 }
openWeights: true
modalities: [text]
languages: [en, fr]
summary:
  en: "Synthetic open-weight language model number ${m}."
  es: "Modelo de lenguaje sintético de pesos abiertos número ${m}."
sources:
${source(`model-${m}`, day(m, 2023 + (m % 3)))}`);
  }
  for (let a = 0; a < n.articles; a++) {
    for (const lang of ['en', 'es'] as const) {
      const prefix = lang === 'en' ? '' : '/es';
      write(`articles/${lang}/article-${a}.mdx`, `---
title: "${lang === 'en' ? 'Synthetic article' : 'Artículo sintético'} ${a}"
description: "${lang === 'en' ? 'An article that links a few synthetic records.' : 'Un artículo que enlaza algunos registros sintéticos.'}"
published: ${day(a, 2025)}
author: Atlas editors
related:
  companies: [company-${a}]
tags: [synthetic]
sources:
${source(`article-${a}`, day(a, 2025))}---
${lang === 'en' ? 'This article is about' : 'Este artículo trata de'} [Company ${a}](${prefix}/companies/company-${a}/).

<AtlasChart name="equity-per-year" />
`);
    }
  }
  return n;
}
