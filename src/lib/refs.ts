/**
 * Numbered citations in bodies (<Ref n="3" />): each reference gets the id `ref-<n>-<k>` (the k-th
 * citation of source n, in document order), so the source list can link back to every one. The
 * citations count themselves as the body renders (src/components/Ref.astro; Astro starts the
 * components of a body in document order), while the source list, which may render first, reads
 * the same order from the body's text here. `tests/site/reading.test.ts` checks that they agree.
 */
/** Source number → the ids of its citations, in document order, from a body's MDX text. */
export function refIds(body: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of body.matchAll(/<Ref\s+n="(\d+)"\s*\/>/g)) {
    const n = Number(m[1]);
    const ids = out.get(n) ?? [];
    out.set(n, [...ids, `ref-${n}-${ids.length + 1}`]);
  }
  return out;
}
