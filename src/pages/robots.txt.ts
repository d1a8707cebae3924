import { absoluteUrl } from '../lib/site-url.ts';

export function GET() {
  const sitemap = absoluteUrl('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
