import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  chromiumInstallPlan,
  findChromium,
  HEADLESS_FLAGS,
  type Privileges,
} from '../tests/support/chromium';

// Run by `npm test` before jest: the browser tests need Chromium. Finds it, or installs Debian's
// package where this user may (root, or sudo without a password), then starts it once headless.
// Where it cannot, it stops at once naming the one command to run. It never lets the browser
// tests skip: a machine that could run them runs them.

const fail = (lines: string[]): never => {
  for (const line of lines) console.error(line);
  process.exit(1);
};

function privileges(): Privileges {
  const onPath = (cmd: string) =>
    spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  return {
    root: process.getuid?.() === 0,
    sudoWithoutPassword:
      onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    aptGet: onPath('apt-get'),
  };
}

/** Runs one install step with its output in `log`, printing a line every 15 s so a wait is never silent. */
function runLogged(argv: string[], log: string): Promise<number> {
  return new Promise((resolve) => {
    const out = createWriteStream(log, { flags: 'a' });
    const [command = 'true', ...args] = argv;
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const started = Date.now();
    const ticker = setInterval(
      () => console.log(`  … ${argv.join(' ')} (${Math.round((Date.now() - started) / 1000)} s)`),
      15_000,
    );
    child.on('close', (code) => {
      clearInterval(ticker);
      out.end(() => resolve(code ?? 1));
    });
  });
}

async function install(reason: string): Promise<void> {
  const plan = chromiumInstallPlan(privileges());
  if (!plan.canInstall) {
    fail([
      `The browser tests need Chromium: ${reason}, and npm test cannot install it (${plan.why}).`,
      `Run this once, then npm test again:`,
      `  ${plan.command}`,
    ]);
    return;
  }
  const log = join(mkdtempSync(join(tmpdir(), 'chromium-install-')), 'apt.log');
  console.log(`The browser tests need Chromium (${reason}): installing Debian's chromium package once.`);
  for (const argv of plan.argv) {
    console.log(`  $ ${argv.join(' ')}`);
    const code = await runLogged(argv, log);
    if (code !== 0) {
      const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-15);
      fail([`${argv.join(' ')} failed (exit ${code}); its last lines (whole log: ${log}):`, ...tail]);
    }
  }
}

/** Starts the browser as the tests do and renders a page; a browser that cannot is an error, not a skip. */
async function checkStarts(path: string): Promise<string> {
  try {
    const browser = await chromium.launch({
      executablePath: path,
      headless: true,
      args: HEADLESS_FLAGS,
      timeout: 90_000,
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<p>chromium-ok</p>');
      const text = await page.textContent('p');
      if (text !== 'chromium-ok')
        throw new Error(`rendered ${JSON.stringify(text)} instead of "chromium-ok"`);
      return browser.version();
    } finally {
      await browser.close();
    }
  } catch (error) {
    return fail([
      `Chromium at ${path} is installed but did not start headless, so the browser tests cannot run:`,
      String(error instanceof Error ? error.message : error),
    ]);
  }
}

async function main(): Promise<void> {
  let found = findChromium(process.env, existsSync);
  if (!found.found && 'badSetting' in found) fail([found.badSetting]);
  if (!found.found && 'reason' in found) {
    await install(found.reason);
    found = findChromium(process.env, existsSync);
    if (!found.found)
      fail([`Chromium is still missing after the install: ${'reason' in found ? found.reason : ''}`]);
  }
  if (!found.found) return;
  const version = await checkStarts(found.path);
  console.log(`chromium ${version} (${found.path}) starts headless: the browser tests will run`);
}

void main();
