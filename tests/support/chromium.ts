// Which Chromium the browser tests drive, and how `npm test` gets one where it is missing.
// Pure decisions here; scripts/ensure-browser.ts does the I/O.

/**
 * Debian's Chromium binary itself, not its /usr/bin/chromium launcher script: the script only adds
 * flags, and refuses to start when it cannot read the CPU's features from /proc/cpuinfo.
 */
export const DEBIAN_BINARY = '/usr/lib/chromium/chromium';
const OTHER_BINARIES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The one command a person runs to get the browser when `npm test` cannot run it itself. */
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium';

export type ChromiumLookup =
  | { found: true; path: string }
  | { found: false; reason: string }
  /** CHROMIUM_PATH names a file that is not there: a mistake to report, never to paper over. */
  | { found: false; badSetting: string };

/** The browser to drive: CHROMIUM_PATH when set, else the first known Chromium binary present. */
export function findChromium(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): ChromiumLookup {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    return exists(chosen)
      ? { found: true, path: chosen }
      : {
          found: false,
          badSetting: `CHROMIUM_PATH is set to ${chosen}, which does not exist; point it to a Chromium or Chrome binary, or unset it`,
        };
  }
  const path = [DEBIAN_BINARY, ...OTHER_BINARIES].find(exists);
  return path
    ? { found: true, path }
    : { found: false, reason: `no Chromium at ${[DEBIAN_BINARY, ...OTHER_BINARIES].join(', ')}` };
}

export interface Privileges {
  /** Running as root (uid 0). */
  root: boolean;
  /** `sudo -n true` succeeds: sudo without a password prompt. */
  sudoWithoutPassword: boolean;
  /** apt-get is on the PATH (a Debian or Ubuntu machine). */
  aptGet: boolean;
}

export type InstallPlan =
  { canInstall: true; argv: string[][] } | { canInstall: false; why: string; command: string };

/** How to install Debian's Chromium here, or why it cannot be done without a person. */
export function chromiumInstallPlan(p: Privileges): InstallPlan {
  if (!p.aptGet) {
    return {
      canInstall: false,
      why: 'this machine has no apt-get',
      command: 'install Chromium with your package manager, then set CHROMIUM_PATH to its binary',
    };
  }
  const steps = [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ];
  if (p.root) return { canInstall: true, argv: steps };
  if (p.sudoWithoutPassword) return { canInstall: true, argv: steps.map((s) => ['sudo', '-n', ...s]) };
  return { canInstall: false, why: 'installing a package needs root', command: INSTALL_COMMAND };
}

/**
 * Flags for every headless start: they keep Chromium off the network (without them it keeps
 * trying to reach Google's services) and working as root in a container.
 */
export const HEADLESS_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
