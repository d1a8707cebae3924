/**
 * Set by `npm run build` (scripts/build.ts), which runs the search and the compressed copies in a
 * process of their own once Astro's has ended: Node's memory and Pagefind's then never add up.
 * A plain `astro build` does both in its own process. A leaf module: scripts/build.ts reads it
 * without loading anything else while Astro runs.
 */
export const AFTER_ASTRO = 'ATLAS_AFTER_ASTRO';
