import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium, HEADLESS_FLAGS } from './chromium';

// Debian's Chromium driven by playwright-core (no downloaded browser). `npm test` makes sure one
// is there before jest starts (scripts/ensure-browser.ts), so the browser tests never skip.
// Playwright gives every launch a fresh temporary profile (--user-data-dir) and removes it on close.
function chromiumPath(): string {
  const found = findChromium(process.env, existsSync);
  if (found.found) return found.path;
  throw new Error(
    'badSetting' in found ? found.badSetting : `${found.reason}: run npx tsx scripts/ensure-browser.ts`,
  );
}

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<RunningBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: HEADLESS_FLAGS,
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page (injected from node_modules) and returns its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the devtools protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(source);
  return page.evaluate(async () => {
    // Runs in the page; the test project has no DOM types.
    const page = globalThis as unknown as {
      axe: { run(ctx: unknown): Promise<{ violations: AxeViolation[] }> };
      document: unknown;
    };
    const result = await page.axe.run(page.document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export const seriousOrCritical = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
