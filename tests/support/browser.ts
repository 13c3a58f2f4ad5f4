import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium driven by playwright-core (no downloaded browser). The flags keep it
// off the network: without them it keeps trying to reach Google's services. Playwright gives
// every launch a fresh temporary profile (--user-data-dir) and removes it on close.
// The binary itself rather than Debian's /usr/bin/chromium launcher script: the script only adds
// flags, and refuses to start when it cannot read the CPU's features from /proc/cpuinfo.
const DEBIAN_BINARY = '/usr/lib/chromium/chromium';
export const CHROMIUM =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_BINARY) ? DEBIAN_BINARY : '/usr/bin/chromium');

/**
 * The browser tests' `test`. `.ci/run` starts Chromium once before the suite; when the CI machine
 * cannot start it at all, it sets E2E_BROWSER_UNAVAILABLE to the reason, and these tests are
 * reported as skipped (the run prints the reason) instead of failing on the machine.
 */
export const browserTest: jest.It = process.env.E2E_BROWSER_UNAVAILABLE ? test.skip : test;

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<RunningBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
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
