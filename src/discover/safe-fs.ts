import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * File access for untrusted trees. A pull request can commit a symlink to `/etc/passwd` or to a
 * FIFO, and a config file can name `../../secrets`: nothing outside the repository may be read,
 * and nothing that is not a regular file may be opened in a way that blocks.
 */

/** The repository root: the nearest ancestor of `cwd` that holds `.git`, else `cwd` itself. */
export function repositoryRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

/** `realpath`, or null when the path (or a symlink on the way) does not resolve. */
export function realPath(abs: string): string | null {
  try {
    return realpathSync.native(abs);
  } catch {
    return null;
  }
}

/** Whether `abs` is `dir` or below it (both already absolute and normalised). */
export function isWithin(dir: string, abs: string): boolean {
  const rel = path.relative(dir, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Where reading is allowed: the repository (by its real path) plus directories the user named
 * on the command line (trusted: they typed them). Config files and committed symlinks never
 * widen it.
 */
export class ReadScope {
  private readonly roots: string[] = [];

  constructor(root: string) {
    this.roots.push(realPath(root) ?? path.resolve(root));
  }

  /** Lets the user's own command-line path be read even when it lies outside the repository. */
  allow(abs: string): void {
    const real = realPath(abs);
    if (real && !this.contains(real)) {
      this.roots.push(real);
      this.realDirs.clear();
    }
  }

  /** The real path is inside one of the allowed roots. */
  contains(real: string): boolean {
    return this.roots.some((r) => isWithin(r, real));
  }

  /** Real path of each directory asked about (null: does not resolve), so each is resolved once. */
  private readonly realDirs = new Map<string, { real: string; inside: boolean } | null>();

  /** The path resolves (through any symlinks) to a regular file inside the scope. */
  isReadableFile(abs: string): boolean {
    // A regular file that is not itself a symlink is as real as its directory: one lstat and the
    // directory's (cached) real path, not a realpath and a stat per file of a long history.
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      return false;
    }
    if (st.isFile()) {
      const dir = path.dirname(abs);
      let known = this.realDirs.get(dir);
      if (known === undefined) {
        const real = realPath(dir);
        this.realDirs.set(dir, (known = real === null ? null : { real, inside: this.contains(real) }));
      }
      return known !== null && (known.inside || this.contains(path.join(known.real, path.basename(abs))));
    }
    if (!st.isSymbolicLink()) return false;
    const real = realPath(abs);
    if (!real || !this.contains(real)) return false;
    try {
      return statSync(real).isFile();
    } catch {
      return false;
    }
  }
}

export type OpenResult = { ok: true; bytes: Buffer; size: number } | { ok: false; reason: string };

/**
 * Reads a regular file, at most `maxBytes`. The open is non-blocking and the type is checked on
 * the open descriptor, so a FIFO, socket or device swapped in after discovery cannot hang or
 * flood the run.
 */
export function readRegularFile(abs: string, maxBytes: number): OpenResult {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file (a FIFO, socket, device or directory)' };
    if (st.size > maxBytes) return { ok: false, reason: `the file is ${Math.round(st.size / 1048576)} MB, over the ${Math.round(maxBytes / 1048576)} MB limit` };
    const bytes = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { ok: true, bytes: bytes.subarray(0, off), size: off };
  } catch (e) {
    return { ok: false, reason: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    closeSync(fd);
  }
}

/** What a directory entry (possibly a symlink) really is; `null` for anything that is not a file or directory. */
export function entryKind(abs: string, isSymlink: boolean): 'file' | 'dir' | null {
  try {
    const st = isSymlink ? statSync(abs) : lstatSync(abs);
    if (st.isFile()) return 'file';
    if (st.isDirectory()) return 'dir';
    return null;
  } catch {
    return null;
  }
}

/** What `readInsideRepository` found: the file, or why not (`missing`: nothing there; `outside`: it resolves out of the repository). */
export type RepositoryRead = OpenResult | { ok: false; missing: true; reason: string } | { ok: false; outside: true; reason: string };

/**
 * Reads a file that the repository's own config or code names (a stats snapshot, a dry-run setup
 * file, a module a migration imports) only when it resolves inside `root`: a pull request can edit
 * what names it, so nothing outside the checkout (a runner's credentials) is ever read.
 */
export function readInsideRepository(root: string | null, abs: string, maxBytes: number): RepositoryRead {
  const real = realPath(abs);
  if (!real) return { ok: false, missing: true, reason: 'not found' };
  if (root && !isWithin(root, real)) return { ok: false, outside: true, reason: 'resolves outside the repository' };
  return readRegularFile(real, maxBytes);
}
