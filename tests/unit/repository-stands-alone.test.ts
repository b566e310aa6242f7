/**
 * A clone on its own must build, test, validate and benchmark: no source path
 * may lead out of the repository (to data or tools kept beside it on a
 * development machine). Reads every source, script and config file and
 * resolves the paths written in them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.output', '.wxt', 'data', 'datasets', 'fixtures']);
const CODE = new Set(['.ts', '.tsx', '.mts', '.mjs', '.js', '.cjs', '.json']);
/** Code, and what runs commands: shell scripts, `.ci/run`, READMEs. */
const SOURCE = new Set([...CODE, '.sh', '.md', '']);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* sourceFiles(path);
    } else if (SOURCE.has(extname(entry.name)) && entry.name !== 'package-lock.json') {
      yield path;
    }
  }
}

const inside = (path: string) => path === ROOT || path.startsWith(ROOT + sep);
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The places in `text` (a file in `dir`) whose path leads outside the repository. */
export function pathsLeavingRoot(text: string, dir: string, code = true): Array<{ line: number; path: string }> {
  const found: Array<{ line: number; path: string }> = [];
  const report = (index: number, path: string) => found.push({ line: lineOf(text, index), path });
  // A relative path written as one string: './x', '../x'.
  for (const m of text.matchAll(/(?<![\w$.])(['"`])(\.\.?\/[^'"`\s$]*)\1/g)) {
    if (!inside(resolve(dir, m[2]!))) report(m.index, m[2]!);
  }
  // A path built from this file's folder: resolve(import.meta.dirname, '..', 'x'), join(__dirname, '../x').
  for (const m of text.matchAll(/\b(?:resolve|join)\(\s*(?:import\.meta\.dirname|__dirname)((?:\s*,\s*(['"])[^'"]*\2)+)\s*\)/g)) {
    const parts = [...m[1]!.matchAll(/(['"])([^'"]*)\1/g)].map((p) => p[2]!);
    if (!inside(resolve(dir, ...parts))) report(m.index, parts.join('/'));
  }
  // A path that climbs above a root the code names: resolve(REPO_ROOT, '..', …), join(ROOT, '../x').
  for (const m of text.matchAll(/\b(?:resolve|join)\(\s*\w*ROOT\w*\s*,\s*(['"])(\.\.(?:\/[^'"]*)?)\1/g)) report(m.index, m[2]!);
  // A path climbing out from the working directory: resolve(process.cwd(), '..', …).
  for (const m of text.matchAll(/\b(?:resolve|join)\(\s*process\.cwd\(\)\s*,\s*(['"])\.\.(?:\/[^'"]*)?\1/g)) report(m.index, 'process.cwd()/..');
  // In commands (scripts, READMEs) rather than code: a relative path that climbs out of the repository's root.
  if (!code) for (const m of text.matchAll(/(?<![\w./])\.\.\/[\w.-]+/g)) if (!inside(resolve(dir, m[0]))) report(m.index, m[0]);
  return found;
}

describe('the repository stands alone', () => {
  it('has no source, script or config path that leads outside it', () => {
    // This file's own examples below are the exception.
    const leaving = [...sourceFiles(ROOT)].filter((file) => file !== import.meta.filename).flatMap((file) =>
      pathsLeavingRoot(readFileSync(file, 'utf8'), dirname(file), CODE.has(extname(file))).map(({ line, path }) => `${relative(ROOT, file)}:${line} ${path}`));
    expect(leaving).toEqual([]);
  });

  it('recognises the ways a path leaves', () => {
    const dir = join(ROOT, 'scripts', 'lib');
    expect(pathsLeavingRoot("import { x } from '../../shared/models/x';", dir)).toEqual([]);
    expect(pathsLeavingRoot("resolve(import.meta.dirname, '../../datasets/cdnow')", dir)).toEqual([]);
    expect(pathsLeavingRoot("readFileSync('../../../elsewhere/data.txt')", dir)).not.toEqual([]);
    expect(pathsLeavingRoot("resolve(import.meta.dirname, '..', '..', '..', 'elsewhere')", dir)).not.toEqual([]);
    expect(pathsLeavingRoot("resolve(REPO_ROOT, '..', 'elsewhere', 'data')", dir)).not.toEqual([]);
    expect(pathsLeavingRoot("resolve(process.cwd(), '..', 'elsewhere')", dir)).not.toEqual([]);
    expect(pathsLeavingRoot('cat ../elsewhere/README.txt', ROOT, false)).not.toEqual([]);
    expect(pathsLeavingRoot('see ../README.md', join(ROOT, 'datasets'), false)).toEqual([]);
  });
});
