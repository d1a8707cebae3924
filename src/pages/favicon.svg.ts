/** The favicon: the Atlas's mark (src/lib/brand.ts), so the tab, the header and the social images agree. */
import { logoSvg } from '../lib/brand.ts';

export const GET = () => new Response(logoSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
