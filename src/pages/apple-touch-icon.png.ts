/** The home-screen icon (180 px) for phones that add the site to their home screen: the Atlas's mark. */
import { Resvg } from '@resvg/resvg-js';
import { logoSvg } from '../lib/brand.ts';

export const GET = () => new Response(new Uint8Array(new Resvg(logoSvg(undefined, undefined, 180)).render().asPng()), { headers: { 'Content-Type': 'image/png' } });
