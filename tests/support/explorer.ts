import type { Browser, Page } from 'playwright-core';

/** A page of the explorer with what it asked the API and any error it logged. */
export interface ExplorerPage {
  page: Page;
  /** GraphQL requests made since the page was opened (or since `resetRequests`). */
  graphqlRequests(): number;
  resetRequests(): void;
  errors: string[];
  close(): Promise<void>;
}

export async function openExplorer(browser: Browser, base: string, path: string): Promise<ExplorerPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  let requests = 0;
  const errors: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') requests += 1;
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(base + path);
  await ready(page);
  return {
    page,
    graphqlRequests: () => requests,
    resetRequests: () => {
      requests = 0;
    },
    errors,
    close: () => context.close(),
  };
}

/** Waits until the view has rendered its answer (a top heading, no loading state) or an error. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
      if (doc.querySelector('main [role=alert]')) return true;
      return !doc.querySelector('.loading') && doc.querySelector('main h1') !== null;
    },
    null,
    { timeout: 30_000 },
  );
}
