/**
 * An acquisition is said in two places: the company record (who bought it, when) and, where the
 * price or the day is sourced, a funding record of stage "acquisition". The two must tell the
 * same story, or the target's page and the buyer's page would disagree.
 */
import type { IntegrityProblem } from './integrity.ts';

interface Ref { collection: string; id: string }
interface CompanyLike { id: string; filePath: string; data: unknown }
interface RoundLike { id: string; filePath: string; data: unknown }

import type { Announced } from '../schemas/common.ts';

const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : undefined);
/** The round's announcement as precise as it is: YYYY-MM-DD, or YYYY-MM for a month. */
const announcedAs = (a: Announced | undefined) => (a ? a.date.toISOString().slice(0, a.precision === 'day' ? 10 : 7) : undefined);

export function checkAcquisitions(companies: CompanyLike[], rounds: RoundLike[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const byId = new Map(companies.map((c) => [c.id.replace(/\.es$/, ''), c]));
  const seen = new Map<string, string>();
  for (const r of rounds) {
    const d = r.data as { company?: Ref; stage?: string; announced?: Announced; leadInvestors?: Ref[] };
    if (d.stage !== 'acquisition' || !d.company) continue;
    const company = byId.get(d.company.id);
    if (!company) continue; // a missing company is reported by the reference check
    const first = seen.get(d.company.id);
    if (first) {
      problems.push({ file: r.filePath, field: 'stage', message: `is a second acquisition of ${d.company.id} (the first is ${first}): a company is bought once; keep one record` });
      continue;
    }
    seen.set(d.company.id, r.filePath);
    const c = company.data as { status?: string; acquisition?: { by: { company?: Ref; investor?: Ref }; date?: unknown } };
    const where = company.filePath;
    if ((c.status !== 'acquired' && c.status !== 'being-acquired') || !c.acquisition) {
      problems.push({ file: r.filePath, field: 'stage', message: `records the acquisition of ${d.company.id}, but ${where} does not say status: acquired (or being-acquired, for a deal announced but not closed) with acquisition: { by: … }: add them there (or correct the stage)` });
      continue;
    }
    const buyer = c.acquisition.by.investor ?? c.acquisition.by.company;
    const leads = (d.leadInvestors ?? []).map((l) => l.id);
    if (c.acquisition.by.investor && (leads.length !== 1 || leads[0] !== c.acquisition.by.investor.id)) {
      problems.push({ file: r.filePath, field: 'leadInvestors', message: `must be [${c.acquisition.by.investor.id}], the buyer named in ${where} (acquisition.by.investor)` });
    }
    if (c.acquisition.by.company && leads.length) {
      problems.push({ file: r.filePath, field: 'leadInvestors', message: `must be empty: the buyer is the company ${buyer?.id} (acquisition.by.company in ${where})` });
    }
    const said = day(c.acquisition.date);
    const announced = announcedAs(d.announced);
    // A round dated to the month agrees with any day of that month.
    if (said && announced && !said.startsWith(announced)) {
      problems.push({ file: where, field: 'acquisition.date', message: `says ${said} but ${r.filePath} says announced: ${announced}: give the same day in both (or drop acquisition.date and let the round's day stand)` });
    }
  }
  return problems;
}
