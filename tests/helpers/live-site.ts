/** The built site served on localhost by nginx with the production configuration, and one Chromium, for a whole test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/launch.ts';
import { serveNginx } from '../../scripts/lib/nginx.ts';
import { assertBuilt, DIST } from '../../scripts/lib/site.ts';

export interface LiveSite {
  readonly browser: Browser;
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
}

export function useLiveSite(): LiveSite {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveNginx>> | undefined;
  beforeAll(async () => {
    assertBuilt();
    site = await serveNginx(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get url() {
      if (!site) throw new Error('the site is served in beforeAll');
      return site.url;
    },
  };
}
