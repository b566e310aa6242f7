/**
 * Debian's Roundcube, Dovecot and PHP, installed with apt-get when missing
 * (first run on a fresh machine, about 40 s). Needs root and apt-get; without
 * them it throws, saying what to install, so the Roundcube tests fail loudly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const PACKAGES = [
  'roundcube', 'roundcube-core', 'roundcube-sqlite3', 'roundcube-skin-larry', 'php-cli', 'php-sqlite3', 'dovecot-core', 'dovecot-imapd',
  // Satisfies php8.2's "libapache2-mod-php8.2 | php8.2-fpm | php8.2-cgi" without pulling in Apache.
  'php8.2-cgi',
];

/** Answers for roundcube-core's questions: SQLite, and no web server to reconfigure (we serve it with `php -S`). */
const DEBCONF = `roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/language select en_US
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
`;

/** Keeps package scripts from starting system daemons (a system Dovecot would take ports 143 and 993). */
const POLICY_RC = '/usr/sbin/policy-rc.d';

const isInstalled = (name: string) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;

const run = (command: string, args: string[], input?: string) => {
  const result = spawnSync(command, args, { input, encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${(result.stderr || result.stdout || '').slice(-3000)}`);
};

/** Installs what is missing; returns the packages it installed. */
export function ensureRoundcubePackages(log: (line: string) => void): string[] {
  const missing = PACKAGES.filter((name) => !isInstalled(name));
  if (missing.length === 0) return [];
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.getuid?.() !== 0 || !hasApt) {
    throw new Error(`The Roundcube tests need Debian's packages ${missing.join(', ')}, and only root with apt-get can install them here `
      + `(running as uid ${process.getuid?.()}, apt-get ${hasApt ? 'found' : 'not found'}). `
      + `Install them (sudo apt-get install --no-install-recommends ${PACKAGES.join(' ')}) or run the tests as root on Debian.`);
  }
  log(`Installing Debian's ${missing.join(', ')} for the Roundcube tests…`);
  run('debconf-set-selections', [], DEBCONF);
  const ownPolicy = !existsSync(POLICY_RC);
  if (ownPolicy) writeFileSync(POLICY_RC, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  const install = () => run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...PACKAGES]);
  try {
    // The package lists a machine has usually do; they are fetched anew only when they do not.
    try {
      install();
    } catch {
      run('apt-get', ['update', '-qq']);
      install();
    }
  } finally {
    if (ownPolicy) rmSync(POLICY_RC, { force: true });
  }
  return missing;
}
