import { chromiumInstallPlan, DEBIAN_BINARY, findChromium, INSTALL_COMMAND } from '../support/chromium';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toEqual({
      found: true,
      path: '/opt/chrome',
    });
  });

  it('reports a CHROMIUM_PATH that does not exist instead of looking elsewhere', () => {
    const found = findChromium({ CHROMIUM_PATH: '/nope' }, (p) => p === DEBIAN_BINARY);
    expect(found).toEqual({
      found: false,
      badSetting: expect.stringContaining('CHROMIUM_PATH is set to /nope'),
    });
  });

  it("prefers Debian's binary over its launcher script", () => {
    const found = findChromium({}, (p) => p === DEBIAN_BINARY || p === '/usr/bin/chromium');
    expect(found).toEqual({ found: true, path: DEBIAN_BINARY });
  });

  it('says where it looked when there is none', () => {
    const found = findChromium({}, () => false);
    expect(found).toEqual({ found: false, reason: expect.stringContaining(DEBIAN_BINARY) });
  });
});

describe('chromiumInstallPlan', () => {
  it('installs with apt-get as root', () => {
    const plan = chromiumInstallPlan({ root: true, sudoWithoutPassword: false, aptGet: true });
    expect(plan).toEqual({
      canInstall: true,
      argv: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
      ],
    });
  });

  it('installs through sudo when it needs no password', () => {
    const plan = chromiumInstallPlan({ root: false, sudoWithoutPassword: true, aptGet: true });
    expect(plan.canInstall && plan.argv.every((a) => a[0] === 'sudo' && a[1] === '-n')).toBe(true);
  });

  it('names the one command to run when it may not install', () => {
    expect(chromiumInstallPlan({ root: false, sudoWithoutPassword: false, aptGet: true })).toEqual({
      canInstall: false,
      why: 'installing a package needs root',
      command: INSTALL_COMMAND,
    });
  });

  it('names what to do on a machine without apt-get', () => {
    const plan = chromiumInstallPlan({ root: true, sudoWithoutPassword: false, aptGet: false });
    expect(plan).toMatchObject({ canInstall: false, why: 'this machine has no apt-get' });
  });
});
