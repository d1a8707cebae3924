/**
 * The AI Act as it concerns the Atlas's companies and models, computed from their records and
 * the obligations collection: never a guess. A model is "stated" general-purpose only when its
 * maker published the training-content summary the Act asks of such models; its systemic-risk
 * status is "not disclosed" unless a record says otherwise; its open-source exemption follows
 * from its licence (an editor's sourced reading for any licence that is not a standard open one).
 * A company's role comes from the models it releases and its own commitments.
 */
import type { Atlas, Entry } from './atlas.ts';
import type { ObligationRole } from '../schemas/obligation.ts';
import type { Source } from '../schemas/common.ts';

type Model = Entry<'models'>;
type Company = Entry<'companies'>;
type Obligation = Entry<'obligations'>;

/** Licences that let anyone use, study, modify and share, with at most an attribution condition (recital 102). */
export const OPEN_LICENCES: ReadonlySet<string> = new Set(['Apache-2.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause', 'CC-BY-4.0', 'CC0-1.0']);

/** Does this licence need an editor's reading of the exemption (open weights, but not a standard open licence)? */
export function needsLicenceReading(licence: { spdx: string } | { proprietary: string }, openWeights: boolean): boolean {
  return openWeights && !('spdx' in licence && OPEN_LICENCES.has(licence.spdx));
}

export type ExemptionVerdict = 'qualifies' | 'does-not-qualify' | 'unclear' | 'no-weights';

export interface ModelAiAct {
  /** The maker treats it as a general-purpose model: it published the training-content summary. */
  gpaiStated: boolean;
  trainingSummary?: { url: string; updated?: Date | undefined; sources: Source[] };
  exemption: { verdict: ExemptionVerdict; licence: string; why?: { en: string; es: string }; sources: Source[]; assessed: boolean };
  /** Placed on the market before 2 August 2025: the Act's deadline for it is 2 August 2027. */
  legacy: boolean;
}

const GPAI_START = Date.UTC(2025, 7, 2);

export function modelAiAct(m: Model): ModelAiAct {
  const d = m.data;
  const licence = 'spdx' in d.licence ? d.licence.spdx : d.licence.proprietary;
  const reading = d.aiAct?.openSource;
  const exemption: ModelAiAct['exemption'] = !d.openWeights
    ? { verdict: 'no-weights', licence, sources: d.sources, assessed: false }
    : reading
      ? { verdict: reading.verdict, licence, why: reading.why, sources: reading.sources, assessed: true }
      : { verdict: 'qualifies', licence, sources: d.sources, assessed: false };
  return {
    gpaiStated: !!d.aiAct?.trainingSummary,
    ...(d.aiAct?.trainingSummary ? { trainingSummary: d.aiAct.trainingSummary } : {}),
    exemption,
    legacy: d.released.getTime() < GPAI_START,
  };
}

/**
 * The obligations that concern a model as a general-purpose model, with the open-source exemption
 * when its licence qualifies (the systemic-risk duties only if it carries systemic risk, which the
 * panel reports separately).
 */
export function modelObligations(atlas: Atlas, m: Model, lang: 'en' | 'es'): Obligation[] {
  const { exemption } = modelAiAct(m);
  const roles: ObligationRole[] = ['gpai-providers', ...(exemption.verdict === 'qualifies' ? (['open-weight-gpai-providers'] as const) : [])];
  return atlas.list('obligations', lang).filter((o) => roles.includes(o.data.concerns));
}

export interface CompanyAiAct {
  models: Model[];
  role: 'signatory' | 'models' | 'undisclosed';
  commitments: NonNullable<Company['data']['aiAct']>['commitments'];
}

export function companyAiAct(atlas: Atlas, company: Company, lang: 'en' | 'es'): CompanyAiAct {
  const models = atlas.referrers(company, 'models', lang, 'company');
  const commitments = company.data.aiAct?.commitments ?? [];
  const signatory = commitments.some((c) => c.kind === 'code-of-practice' || c.kind === 'code-of-practice-chapter');
  return { models, commitments, role: signatory ? 'signatory' : models.length ? 'models' : 'undisclosed' };
}

/** A company's obligations: those on every AI operator, and the general-purpose model duties when it provides such models. */
export function companyObligations(atlas: Atlas, company: Company, lang: 'en' | 'es'): Obligation[] {
  const { role } = companyAiAct(atlas, company, lang);
  const roles: ObligationRole[] = ['ai-operators', ...(role === 'undisclosed' ? [] : (['gpai-providers'] as const))];
  return atlas.list('obligations', lang).filter((o) => roles.includes(o.data.concerns));
}

/** Who in the Atlas an obligation concerns, for the obligations index. */
export function concerned(atlas: Atlas, o: Obligation, lang: 'en' | 'es'): { companies: Company[]; stated: Model[]; undisclosed: Model[]; kind: 'records' | 'everyone' | 'depends' | 'none-known' } {
  const models = atlas.list('models', lang);
  const companies = atlas.list('companies', lang);
  const empty = { companies: [], stated: [], undisclosed: [] };
  switch (o.data.concerns) {
    case 'ai-operators':
      return { ...empty, kind: 'everyone' };
    case 'high-risk-operators':
    case 'ai-system-providers-deployers':
      return { ...empty, kind: 'depends' };
    case 'gpai-systemic-risk-providers':
      return { ...empty, kind: 'none-known' };
    case 'gpai-providers': {
      const providers = companies.filter((c) => companyAiAct(atlas, c, lang).role !== 'undisclosed');
      const stated = new Set(models.filter((m) => modelAiAct(m).gpaiStated));
      return { companies: providers, stated: [...stated], undisclosed: models.filter((m) => !stated.has(m)), kind: 'records' };
    }
    case 'open-weight-gpai-providers': {
      const open = models.map((m) => ({ m, status: modelAiAct(m) })).filter((x) => x.status.exemption.verdict === 'qualifies');
      const ids = new Set(open.map((x) => x.m.data.company.id));
      return { companies: companies.filter((c) => ids.has(c.id)), stated: open.filter((x) => x.status.gpaiStated).map((x) => x.m), undisclosed: open.filter((x) => !x.status.gpaiStated).map((x) => x.m), kind: 'records' };
    }
  }
}

/** The date an obligation applies from now: the amended date when a later act moved it. */
export const effectiveDate = (o: Obligation): Date => o.data.amended?.applies ?? o.data.applies;
