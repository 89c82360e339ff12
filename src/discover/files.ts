import { readdirSync } from 'node:fs';
import path from 'node:path';
import { entryKind, isWithin, readRegularFile, realPath } from './safe-fs.js';

/** Directories never searched for migrations. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'vendor', '__pycache__', '.venv', 'venv', '.tox', 'coverage']);

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Walks a directory iteratively (a deep tree cannot overflow the stack), returning regular files.
 * Symlinks are followed only when their target is inside the walked directory (each real
 * directory once, so link cycles end); FIFOs, sockets and devices are skipped, also behind a link.
 */
export function walk(root: string, limit = 200_000): string[] {
  const out: string[] = [];
  const realRoot = realPath(root);
  if (realRoot === null) return out;
  const seenDirs = new Set<string>([realRoot]);
  const stack = [root];
  while (stack.length && out.length < limit) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      let kind: 'file' | 'dir' | null = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : null;
      if (e.isSymbolicLink()) {
        const real = realPath(full);
        kind = real !== null && isWithin(realRoot, real) ? entryKind(full, true) : null;
        if (kind === 'dir') {
          if (seenDirs.has(real!)) continue;
          seenDirs.add(real!);
        }
      }
      if (kind === 'dir') {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(full);
      } else if (kind === 'file') out.push(full);
    }
  }
  return out.sort();
}

/** `**` any depth, `*` within a segment, `?` one character. */
/** A compiled glob: `*` and `?` within a path segment, `**` for any number of segments. */
export interface GlobMatcher {
  test(path: string): boolean;
}

/**
 * One path segment against one glob segment (`*`, `?`, literals): the greedy two-pointer
 * wildcard match, which never backtracks more than to the last `*` (a regex of several `*`s
 * backtracks polynomially on a long name that fails at the end).
 */
let globSteps = 0;
/** Character comparisons made by glob matching so far (tests compare the work at N and 2N). */
export function globWork(): number {
  return globSteps;
}

function segmentMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    globSteps++;
    if (g < glob.length && (glob[g] === '?' || glob[g] === text[t])) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star !== -1) {
      g = star + 1;
      t = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/**
 * Compiles a glob (`db/**\/*.sql`, `src/*.ts`) to a matcher over forward-slash paths. Segments are
 * matched by a table over (glob segment, path segment) pairs, so `**` costs at most the product
 * of the two segment counts and nothing is exponential whatever the glob.
 */
export function globToRegExp(glob: string): GlobMatcher {
  const parts = glob.split('/');
  return {
    test(path: string): boolean {
      const segs = path.split('/');
      // reach[j]: the glob's first i segments can match the path's first j segments.
      let reach = new Uint8Array(segs.length + 1);
      reach[0] = 1;
      for (const part of parts) {
        const next = new Uint8Array(segs.length + 1);
        if (part === '**') {
          let any = 0;
          for (let j = 0; j <= segs.length; j++) {
            any |= reach[j]!;
            next[j] = any;
          }
        } else {
          for (let j = 0; j < segs.length; j++) if (reach[j] && segmentMatches(part, segs[j]!)) next[j + 1] = 1;
        }
        reach = next;
      }
      return reach[segs.length] === 1;
    },
  };
}

export function isGlob(p: string): boolean {
  return /[*?]/.test(p);
}

/** Expands a glob relative to cwd by walking its fixed prefix directory. */
export function expandGlob(cwd: string, glob: string): string[] {
  const posix = toPosix(glob);
  const fixed = posix.split('/').filter((_seg, i, all) => !isGlob(all.slice(0, i + 1).join('/')));
  const root = path.resolve(cwd, fixed.join('/') || '.');
  const re = globToRegExp(posix.replace(/^\.\//, ''));
  return walk(root).filter((f) => re.test(toPosix(path.relative(cwd, f))));
}

export interface DecodedFile {
  text: string;
  /** Problems found while reading: binary content, invalid UTF-8 (with the line). */
  problems: { line: number; message: string; fatal: boolean }[];
}

const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a file as UTF-8, reporting binary content and invalid bytes with their line instead of failing. */
export function readSource(abs: string): DecodedFile {
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  if (!read.ok) return { text: '', problems: [{ line: 1, message: read.reason, fatal: true }] };
  const bytes = read.bytes;
  if (looksBinary(bytes)) {
    return { text: '', problems: [{ line: 1, message: 'the file is binary, not text', fatal: true }] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\ufffd');
    const line = bad < 0 ? 1 : text.slice(0, bad).split('\n').length;
    return { text, problems: [{ line, message: 'the file is not valid UTF-8 (invalid bytes shown as U+FFFD)', fatal: false }] };
  }
}

/** The file's text for content sniffing (whole file, so markers past the first 64 KiB count); '' when unreadable. */
export function sniffText(abs: string): string {
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  return read.ok && !looksBinary(read.bytes) ? read.bytes.toString('utf8') : '';
}

/** Binary: a NUL in the first 8 KiB together with many control characters (a lone NUL in text is reported per statement). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 8 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && (nul + control) / n > 0.1 && nul > 0;
}
