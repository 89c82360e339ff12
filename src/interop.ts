/**
 * The exports of a CommonJS package loaded with `import()`. Node gives its named exports; the
 * bundle in dist/ (esbuild interop) gives them only under `default`. `probe` is an export the
 * package certainly has, used to tell the two apart.
 */
export function commonJsExports<T extends object>(ns: unknown, probe: keyof T): T {
  const mod = ns as Partial<T> & { default?: T };
  return (mod[probe] !== undefined ? mod : mod.default ?? mod) as T;
}
