/**
 * A live Roundcube for the tests: Debian's Roundcube 1.6 (elastic skin,
 * SQLite) served by `php -S`, and a Dovecot IMAP server holding one mailbox
 * seeded from `.eml` files. Each instance lives in a folder of its own under
 * the temporary directory, on free loopback ports, with its own database,
 * configuration and mailbox, so test runs never share or reset each other's.
 * Adapted from the project's Roundcube tool (see README.md beside this file).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { createClient } from '@libsql/client';
import { ensureRoundcubePackages } from './packages';

/** The user logs in with their address, as on most Roundcube servers; it is also their identity. */
export const ROUNDCUBE_USER = 'sales@example.org';
export const ROUNDCUBE_PASSWORD = 'sales-pass';

const HOST = '127.0.0.1';
const DOCROOT = '/var/lib/roundcube/public_html';
/**
 * Debian's configuration comes first (defaults, des_key); the instance's own
 * overrides it. Named as Roundcube names its own folder, which it appends
 * unless already listed, so that Debian's is not read again after ours.
 */
const DEBIAN_CONFIG = '/var/lib/roundcube/config/';
const INSTANCE_PREFIX = 'seglens-roundcube-';
const READY_WITHIN_MS = 30_000;

export type RoundcubeInstance = { url: string; stop: () => void };
/** Elastic, Roundcube's skin since 1.4; larry, the one before, still offered by many servers. */
export type Skin = 'elastic' | 'larry';

const systemUser = (name: string) => {
  const found = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const uid = Number(found.stdout.trim());
  const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
  if (found.status !== 0 || !Number.isInteger(uid)) throw new Error(`No user ${name} on this machine`);
  return { uid, gid };
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '')[0];
    return state !== 'Z';
  } catch {
    return false;
  }
};

/** Asks a process (a group, for a negative id) to end; it may have ended meanwhile. */
function terminate(pid: number) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Gone already.
  }
}

function readPid(file: string): number | null {
  const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** The seed's `Date:` header: the message's arrival time, by which Dovecot orders the mailbox. */
function arrival(eml: string, file: string): Date {
  const header = eml.split(/\r?\n\r?\n/, 1)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const value = /^date:(.*)$/im.exec(header)?.[1]?.trim();
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new Error(`${file}: no readable Date: header`);
  return date;
}

/**
 * Copies the seed into a Maildir: `<Folder>/*.eml` become that folder's
 * messages (INBOX the inbox), read unless the file name has `.unseen.`.
 */
function seedMaildir(seedDir: string, maildir: string, mail: { uid: number; gid: number }) {
  let n = 0;
  const folders = readdirSync(seedDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const folder of folders) {
    const dir = folder === 'INBOX' ? maildir : join(maildir, `.${folder}`);
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(dir, sub), { recursive: true });
    if (folder !== 'INBOX') writeFileSync(join(dir, 'maildirfolder'), '');
    for (const file of readdirSync(join(seedDir, folder)).filter((f) => f.endsWith('.eml')).sort()) {
      const source = join(seedDir, folder, file);
      const eml = readFileSync(source, 'utf8');
      const date = arrival(eml, source);
      const flags = file.includes('.unseen.') ? '' : 'S';
      // <time>.<unique>.<host>,S=<size>:2,<flags>: Dovecot numbers messages by that time.
      const target = join(dir, 'cur', `${Math.floor(date.getTime() / 1000)}.M${++n}P1.seglens,S=${Buffer.byteLength(eml)}:2,${flags}`);
      copyFileSync(source, target);
      utimesSync(target, date, date);
    }
  }
  // Dovecot's subscriptions (format 2): the special folders subscribe themselves (dovecot.conf), others are listed.
  const others = folders.filter((f) => !['INBOX', 'Drafts', 'Sent', 'Junk', 'Trash'].includes(f));
  writeFileSync(join(maildir, 'subscriptions'), `V\t2\n\n${others.map((f) => `${f}\n`).join('')}`);
  spawnSync('chown', ['-R', `${mail.uid}:${mail.gid}`, maildir]);
}

const dovecotConfig = (dir: string, imapPort: number) => `# A Dovecot of its own for one test instance of Roundcube
protocols = imap
listen = ${HOST}
base_dir = ${dir}/dovecot
instance_name = ${basename(dir)}
log_path = ${dir}/logs/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=${dir}/vmail/%n
}
namespace inbox {
  inbox = yes
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = ${HOST}
    port = ${imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`;

const roundcubeConfig = (dir: string, imapPort: number, pageSize: number, skin: Skin) => `<?php
// One test instance of Roundcube, loaded after Debian's /etc/roundcube/config.inc.php.
$config['db_dsnw'] = 'sqlite:///${dir}/roundcube.db?mode=0640';
$config['imap_host'] = '${HOST}:${imapPort}';
$config['smtp_host'] = '';
$config['skin'] = '${skin}';
$config['language'] = 'en_US';
$config['plugins'] = [];
$config['enable_installer'] = false;
$config['ip_check'] = false;
$config['mail_pagesize'] = ${pageSize};
$config['log_dir'] = '${dir}/logs/';
$config['temp_dir'] = '${dir}/temp/';
`;

/** Whether the user can log in over IMAP (Dovecot is up and reads the mailbox's users). */
async function imapLogin(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port });
    let said = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      said += chunk;
      if (said.startsWith('* OK') && !said.includes('a1 ')) socket.write(`a1 LOGIN ${ROUNDCUBE_USER} ${ROUNDCUBE_PASSWORD}\r\n`);
      if (/^a1 /m.test(said)) {
        socket.end('a2 LOGOUT\r\n');
        resolve(/^a1 OK/m.test(said));
      }
    });
    socket.on('error', () => resolve(false));
  });
}

async function loginPageServed(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}?_task=login`);
    return response.ok && (await response.text()).includes('rcmloginuser');
  } catch {
    return false;
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, logFile: string) {
  for (const until = Date.now() + READY_WITHIN_MS; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return;
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '(no log)';
  throw new Error(`${what} was not ready within ${READY_WITHIN_MS / 1000} s; ${logFile}:\n${log}`);
}

function stopInstance(dir: string) {
  const web = readPid(join(dir, 'php.pid'));
  const dovecot = readPid(join(dir, 'dovecot', 'master.pid'));
  // `php -S` runs as the leader of its own process group, with its workers.
  if (web && isRunning(web)) terminate(-web);
  // Dovecot's master stops its own children.
  if (dovecot && isRunning(dovecot)) terminate(dovecot);
  for (const pid of [web, dovecot]) {
    for (let i = 0; pid && isRunning(pid) && i < 100; i++) spawnSync('sleep', ['0.05']);
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Instances whose test run ended without stopping them (killed, crashed): stopped and removed. */
function stopAbandonedInstances() {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(INSTANCE_PREFIX))) {
    const dir = join(tmpdir(), name);
    const runner = readPid(join(dir, 'runner.pid'));
    if (runner && !isRunning(runner)) stopInstance(dir);
  }
}

/**
 * Installs what is missing, then starts a fresh instance with the mailbox
 * seeded from `seedDir` (`INBOX/*.eml`, `Sent/*.eml`, `<Folder>/*.eml`),
 * listing `pageSize` messages a page (Roundcube's default, 50, unless told; 200 at most).
 * Root only: Dovecot switches to the mailbox's user, and PHP runs as www-data.
 */
export async function startRoundcube(options: { seedDir: string; pageSize?: number; skin?: Skin; log?: (line: string) => void }): Promise<RoundcubeInstance> {
  const log = options.log ?? (() => {});
  if (userInfo().uid !== 0) {
    throw new Error(`The Roundcube tests start Dovecot and Roundcube as root, and this runs as ${userInfo().username}: run them as root on Debian.`);
  }
  ensureRoundcubePackages(log);
  stopAbandonedInstances();
  const mail = systemUser('mail');
  const web = systemUser('www-data');
  const dir = mkdtempSync(join(tmpdir(), INSTANCE_PREFIX));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'runner.pid'), String(process.pid));
  try {
    const [imapPort, webPort] = [await freePort(), await freePort()];
    for (const sub of ['logs', 'temp', 'config', 'dovecot']) mkdirSync(join(dir, sub));

    writeFileSync(join(dir, 'users'), `${ROUNDCUBE_USER}:{PLAIN}${ROUNDCUBE_PASSWORD}::::::\n`);
    writeFileSync(join(dir, 'dovecot.conf'), dovecotConfig(dir, imapPort));
    seedMaildir(options.seedDir, join(dir, 'vmail', ROUNDCUBE_USER.split('@')[0]!, 'Maildir'), mail);
    chownSync(join(dir, 'vmail'), mail.uid, mail.gid);
    // Dovecot runs on as a daemon: its output goes to a file, since a pipe would stay open as long as it runs.
    const startLog = join(dir, 'logs', 'dovecot-start.log');
    const output = openSync(startLog, 'w');
    const dovecot = spawnSync('dovecot', ['-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', output, output] });
    closeSync(output);
    if (dovecot.status !== 0) throw new Error(`Dovecot did not start: ${readFileSync(startLog, 'utf8')}`);

    writeFileSync(join(dir, 'config', 'config.inc.php'), roundcubeConfig(dir, imapPort, options.pageSize ?? 50, options.skin ?? 'elastic'));
    const db = createClient({ url: `file:${join(dir, 'roundcube.db')}` });
    await db.executeMultiple(readFileSync('/usr/share/roundcube/SQL/sqlite.initial.sql', 'utf8'));
    db.close();
    for (const path of ['roundcube.db', 'logs', 'temp', 'config', 'config/config.inc.php']) chownSync(join(dir, path), web.uid, web.gid);
    chownSync(dir, web.uid, web.gid);

    const url = `http://${HOST}:${webPort}/`;
    const server = spawn('php', [
      '-d', 'display_errors=0', '-d', 'log_errors=1', '-d', `error_log=${dir}/logs/php-errors.log`,
      '-d', 'memory_limit=128M', '-d', 'session.auto_start=0', '-d', 'zlib.output_compression=0',
      '-S', `${HOST}:${webPort}`, '-t', DOCROOT,
    ], {
      uid: web.uid, gid: web.gid, detached: true, stdio: 'ignore',
      env: { PATH: process.env.PATH, PHP_CLI_SERVER_WORKERS: '4', RCUBE_CONFIG_PATH: `${DEBIAN_CONFIG}:${dir}/config/` },
    });
    server.unref();
    writeFileSync(join(dir, 'php.pid'), String(server.pid));

    await waitFor(`Dovecot on ${HOST}:${imapPort}`, () => imapLogin(imapPort), join(dir, 'logs', 'dovecot.log'));
    await waitFor(`Roundcube on ${url}`, () => loginPageServed(url), join(dir, 'logs', 'php-errors.log'));
    return { url, stop: () => stopInstance(dir) };
  } catch (error) {
    stopInstance(dir);
    throw error;
  }
}
