/**
 * A staging database holds real rows, and a migration can make the server quote them in an error
 * (`invalid input syntax for type integer: "<a customer's email>"`, MySQL's `Incorrect integer
 * value: '<secret>'`, `Duplicate entry '<value>' for key …`). The dry-run report goes to the pull
 * request, so the values in server messages are replaced before it leaves the runner; the names of
 * objects (`column "email"`, `for key 'users.email'`) stay, they are what the author needs.
 */

/** Words after which a quoted name is an object, not a value. */
const OBJECT_WORDS = new Set([
  'relation', 'table', 'column', 'constraint', 'index', 'type', 'schema', 'function', 'procedure', 'sequence', 'view',
  'role', 'user', 'database', 'extension', 'trigger', 'policy', 'operator', 'domain', 'attribute', 'cursor', 'savepoint',
  'statement', 'parameter', 'key', 'field', 'collation', 'tablespace', 'publication', 'subscription', 'server', 'rule',
  'aggregate', 'routine', 'event', 'variable', 'partition', 'engine', 'charset', 'character', 'set', 'mode', 'option',
]);

export const REDACTED = '‹value›';

/** Replaces the quoted values in one server message; object names (quoted after an object word) are kept. */
export function redactServerValues(message: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const c = message[i]!;
    if (c !== '"' && c !== "'") {
      // `Key (email)=(a@b.c)` in a detail: the parenthesised values after `=`.
      if (c === '=' && message[i + 1] === '(' && message[i - 1] === ')') {
        const close = message.indexOf(')', i + 2);
        if (close !== -1) {
          out += `=(${REDACTED})`;
          i = close + 1;
          continue;
        }
      }
      out += c;
      i++;
      continue;
    }
    const close = message.indexOf(c, i + 1);
    if (close === -1) {
      out += message.slice(i);
      break;
    }
    const word = /([A-Za-z]+)\s*$/.exec(message.slice(Math.max(0, i - 24), i))?.[1]?.toLowerCase();
    out += word && OBJECT_WORDS.has(word) ? message.slice(i, close + 1) : `${c}${REDACTED}${c}`;
    i = close + 1;
  }
  return out;
}

const MESSAGE_KEYS = new Set(['reason', 'reasons', 'error', 'message', 'problems', 'warnings', 'detail', 'note']);

/** The result with every server message in it redacted (a deep copy; SQL texts and names are untouched). */
export function redactResultValues<T>(value: T): T {
  const walk = (v: unknown, inMessage: boolean): unknown => {
    if (typeof v === 'string') return inMessage ? redactServerValues(v) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, inMessage));
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = walk(x, inMessage || MESSAGE_KEYS.has(k));
      return o;
    }
    return v;
  };
  return walk(value, false) as T;
}
