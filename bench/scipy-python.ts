/**
 * The Python that runs the scipy reference: `python3` when it imports scipy;
 * else, as root with apt-get, Debian's python3-scipy is installed and
 * /usr/bin/python3 used (as npm test installs Chromium); else none, and the
 * lifetime value benchmark reports ours without a ratio.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const importsScipy = (python: string) => spawnSync(python, ['-c', 'import scipy.optimize, scipy.special, numpy'], { stdio: 'ignore' }).status === 0;

export function scipyPython(log: (line: string) => void = console.log): string | null {
  if (importsScipy('python3')) return 'python3';
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return null;
  log('Installing Debian\'s python3-scipy for the lifetime value reference…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'python3-scipy'], { stdio: 'ignore', env });
  } catch {
    return null;
  }
  return importsScipy('/usr/bin/python3') ? '/usr/bin/python3' : null;
}
