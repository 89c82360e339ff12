/* eslint-disable @typescript-eslint/no-explicit-any -- the Emscripten module is untyped */
import { commonJsExports } from '../../interop.js';

/** The parser calls migration-guard makes (the same shapes as libpg-query's own *Sync functions). */
export interface PgParser {
  parseSync(sql: string): any;
  parsePlPgSQLSync(sql: string): any;
  scanSync(sql: string): any;
  fingerprintSync(sql: string): string;
}

/**
 * A stack overflow inside the WASM parser surfaces as a RangeError (the WASM and JS stacks are
 * one) and any other trap as a WebAssembly.RuntimeError. Either can leave the instance's memory
 * half-updated (a malloc interrupted), so the instance is not trusted afterwards.
 */
export function isWasmTrap(e: unknown): boolean {
  return e instanceof RangeError || (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError);
}

const failed = (s: string) => /^(syntax error|deparse error|ERROR)/.test(s);

/** A parse error with the position libpg-query reports (0-based byte offset), like its SqlError. */
class PgSyntaxError extends Error {
  constructor(
    message: string,
    readonly sqlDetails: { cursorPosition: number },
  ) {
    super(message);
  }
}

/**
 * One fresh instance of the libpg-query WASM module with its own memory, and the three calls on
 * it. libpg-query's exported functions are bound to one module-level instance that cannot be
 * replaced; this builds the same calls on an instance of our own, so a trapped one is discarded.
 */
export async function freshPgParser(): Promise<PgParser> {
  // @ts-expect-error -- the Emscripten factory ships without typings.
  const factoryModule: unknown = await import('libpg-query/wasm/libpg-query.js');
  const factory = commonJsExports<{ default: (arg?: object) => Promise<any> }>(factoryModule, 'default').default;
  const m = await factory();
  const withString = <T>(sql: string, use: (ptr: number) => T): T => {
    const len = m.lengthBytesUTF8(sql) + 1;
    const ptr = m._malloc(len);
    try {
      m.stringToUTF8(sql, ptr, len);
      return use(ptr);
    } finally {
      m._free(ptr);
    }
  };
  /** The calls that answer with a JSON string, or with an error message in its place. */
  const stringResult = (ptr: number, fn: string, isError: (s: string) => boolean, json = true): any => {
    const result = m[fn](ptr);
    try {
      const text: string = m.UTF8ToString(result);
      if (isError(text)) throw new Error(text);
      return json ? JSON.parse(text) : text;
    } finally {
      if (result) m._wasm_free_string(result);
    }
  };
  return {
    parseSync(sql) {
      if (sql === '') throw new Error('Query cannot be empty');
      return withString(sql, (ptr) => {
        const result = m._wasm_parse_query_raw(ptr);
        if (!result) throw new Error('Failed to parse query: memory allocation failed');
        try {
          const tree = m.getValue(result, 'i32');
          const error = m.getValue(result + 8, 'i32');
          if (error) {
            const message = m.getValue(error, 'i32');
            const cursor = m.getValue(error + 16, 'i32');
            throw new PgSyntaxError(message ? m.UTF8ToString(message) : 'syntax error', { cursorPosition: cursor > 0 ? cursor - 1 : 0 });
          }
          if (!tree) throw new Error('No parse tree generated');
          return JSON.parse(m.UTF8ToString(tree));
        } finally {
          m._wasm_free_parse_result(result);
        }
      });
    },
    parsePlPgSQLSync(sql) {
      return withString(sql, (ptr) => stringResult(ptr, '_wasm_parse_plpgsql', (s) => !s.startsWith('{')));
    },
    scanSync(sql) {
      return withString(sql, (ptr) => stringResult(ptr, '_wasm_scan', failed));
    },
    fingerprintSync(sql) {
      return withString(sql, (ptr) => stringResult(ptr, '_wasm_fingerprint', failed, false));
    },
  };
}
