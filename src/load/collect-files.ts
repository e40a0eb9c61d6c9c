import { readdirSync, statSync } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';

export interface CollectedFiles {
  files: string[];
  /** Paths or patterns that matched nothing, with the reason. */
  missing: { pattern: string; message: string }[];
}

const STRUCTURE_FILE = /\.ya?ml$/i;
const GLOB_CHARS = /[*?[]/;

/**
 * The file system is read synchronously, as in read-file.ts: a command reads one thing at a time, and
 * the promise API costs a thread-pool round trip per call and its own start-up.
 *
 * Expands files, directories (recursively, *.yaml and *.yml, skipping dot folders and node_modules)
 * and glob patterns (`*`, `**`, `?`, `[abc]`) into a sorted list without duplicates.
 */
export async function collectFiles(patterns: readonly string[], cwd = process.cwd()): Promise<CollectedFiles> {
  const found = new Set<string>();
  const missing: CollectedFiles['missing'] = [];
  for (const pattern of patterns) {
    if (GLOB_CHARS.test(pattern)) {
      const matches = await expandGlob(pattern, cwd);
      if (matches.length === 0) missing.push({ pattern, message: `No files match the pattern ${pattern}.` });
      matches.forEach((m) => found.add(m));
      continue;
    }
    const path = normalize(pattern);
    let isDirectory = false;
    try {
      isDirectory = statSync(resolve(cwd, path)).isDirectory();
    } catch {
      // Reported by the reader with the file's own diagnostic.
    }
    if (isDirectory) {
      const before = found.size;
      for (const file of await walk(resolve(cwd, path))) found.add(relative(cwd, file) || file);
      if (found.size === before) missing.push({ pattern, message: `The folder ${pattern} holds no .yaml or .yml files.` });
    } else {
      found.add(path);
    }
  }
  return { files: [...found].sort(), missing };
}

/** Every file under `dir` whose name passes `keep`. Links to folders are not followed, so a link loop cannot hang. */
async function walk(dir: string, keep: (name: string) => boolean = (name) => STRUCTURE_FILE.test(name)): Promise<string[]> {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if ((entry.isFile() || entry.isSymbolicLink()) && keep(entry.name)) out.push(full);
    }
  }
  return out;
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const parts = normalize(pattern).split(sep);
  const fixed: string[] = [];
  while (parts.length > 0 && !GLOB_CHARS.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = resolve(cwd, fixed.join(sep) || '.');
  const matcher = globToRegExp(parts.join('/'));
  const candidates = parts.some((p) => p === '**') || parts.length > 1 ? await walk(base, () => true) : await listFiles(base);
  return candidates
    .filter((file) => matcher.test(relative(base, file).split(sep).join('/')))
    .map((file) => relative(cwd, file));
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    return entries.filter((e) => !e.isDirectory()).map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/[\\^]/g, '\\$&')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
