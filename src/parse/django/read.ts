import type { Loc } from '../../ir.js';
import { lastSegment, pyStr, type Value } from '../alembic/values.js';
import type { Node } from '../alembic/tree-sitter.js';
import type { ConstraintDecl, DataEffect, FieldDecl, IndexDecl, ModelOptions, PyLit, QDecl } from './types.js';

/** Django's own field classes (and the common third-party ones) by class name. */
const FIELD_CLASSES = new Set([
  'AutoField', 'BigAutoField', 'SmallAutoField', 'BinaryField', 'BooleanField', 'NullBooleanField', 'CharField', 'DateField',
  'DateTimeField', 'DecimalField', 'DurationField', 'EmailField', 'FileField', 'FilePathField', 'FloatField', 'ImageField',
  'IntegerField', 'BigIntegerField', 'IPAddressField', 'GenericIPAddressField', 'JSONField', 'PositiveBigIntegerField',
  'PositiveIntegerField', 'PositiveSmallIntegerField', 'SlugField', 'SmallIntegerField', 'TextField', 'TimeField', 'URLField',
  'UUIDField', 'ForeignKey', 'OneToOneField', 'ManyToManyField', 'GeneratedField',
  // django.contrib.postgres.fields
  'ArrayField', 'HStoreField', 'CICharField', 'CIEmailField', 'CITextField', 'IntegerRangeField', 'BigIntegerRangeField',
  'DecimalRangeField', 'DateTimeRangeField', 'DateRangeField', 'SearchVectorField',
]);

/** Project-independent packages whose field classes are thin subclasses of Django's. */
const THIRD_PARTY_FIELDS: Record<string, string> = {
  'mptt.fields.TreeForeignKey': 'ForeignKey',
  'mptt.fields.TreeOneToOneField': 'OneToOneField',
  'mptt.fields.TreeManyToManyField': 'ManyToManyField',
  'taggit.managers.TaggableManager': 'ManyToManyField',
  'timezone_field.fields.TimeZoneField': 'CharField',
  'timezone_field.TimeZoneField': 'CharField',
};

/** `settings.AUTH_USER_MODEL` (or any spelling of it through imports). */
export function isUserModelSetting(value: Value): boolean {
  return value.t === 'ref' && /(^|\.)settings\.AUTH_USER_MODEL$/.test(value.path);
}

/** A field class path → Django's class name, or null when the class is not one we know. */
export function fieldClass(path: string): string | null {
  if (THIRD_PARTY_FIELDS[path]) return THIRD_PARTY_FIELDS[path]!;
  const name = lastSegment(path);
  const root = path.split('.')[0];
  if ((root === 'django' || !path.includes('.')) && FIELD_CLASSES.has(name)) return name;
  return null;
}

export function text(node: Node | null | undefined, max = 160): string {
  const t = (node?.text ?? '').replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function kw(call: Value & { t: 'call' }, name: string, position = -1): Value | undefined {
  return call.kwargs.get(name) ?? (position >= 0 ? call.args[position] : undefined);
}

function asString(value: Value | undefined): string | null {
  return value?.t === 'str' ? value.v : null;
}

function asBool(value: Value | undefined, fallback: boolean): boolean {
  return value?.t === 'bool' ? value.v : value?.t === 'num' ? value.v !== 0 : fallback;
}

function asNumber(value: Value | undefined): number | null {
  return value?.t === 'num' ? value.v : null;
}

export function stringList(value: Value | undefined): string[] {
  if (!value) return [];
  if (value.t === 'str') return [value.v];
  if (value.t !== 'seq') return [];
  return value.items.map((i) => (i.t === 'str' ? i.v : null)).filter((s): s is string => s !== null);
}

/** `unique_together = (('a', 'b'),)`, `{('a', 'b')}` or a single `('a', 'b')`. */
export function togetherSets(value: Value | undefined): string[][] {
  if (!value || value.t !== 'seq') return [];
  if (value.items.every((i) => i.t === 'str')) return value.items.length > 0 ? [stringList(value)] : [];
  return value.items.map(stringList).filter((s) => s.length > 0);
}

/** JSON text of a literal dict/list, or null when it holds something not literal. */
function jsonText(value: Value): string | null {
  switch (value.t) {
    case 'str':
      return JSON.stringify(value.v);
    case 'num':
      return String(value.v);
    case 'bool':
      return value.v ? 'true' : 'false';
    case 'none':
      return 'null';
    case 'seq': {
      const items = value.items.map(jsonText);
      return items.some((i) => i === null) ? null : `[${items.join(', ')}]`;
    }
    case 'dict': {
      const parts: string[] = [];
      for (const [k, v] of value.entries) {
        const key = pyStr(k);
        const val = jsonText(v);
        if (key === null || val === null) return null;
        parts.push(`${JSON.stringify(key)}: ${val}`);
      }
      return `{${parts.join(', ')}}`;
    }
    default:
      return null;
  }
}

export function pyLit(value: Value, written: string): PyLit {
  switch (value.t) {
    case 'str':
      return { k: 'str', v: value.v };
    case 'num':
      return { k: 'num', v: value.v };
    case 'bool':
      return { k: 'bool', v: value.v };
    case 'none':
      return { k: 'none' };
    case 'seq':
    case 'dict': {
      const json = jsonText(value);
      return json === null ? { k: 'unknown', text: written, why: `\`${written}\` is not a literal` } : { k: 'json', text: json };
    }
    case 'ref':
      return { k: 'callable', path: value.path };
    case 'call':
      if (lastSegment(value.path) === 'F' && value.args[0]?.t === 'str') return { k: 'f', name: value.args[0].v };
      return { k: 'call', path: value.path, args: value.args.map((a, i) => pyLit(a, value.argNodes[i]?.text ?? '')), text: written };
    default:
      return { k: 'unknown', text: written, why: value.t === 'unknown' ? value.why : `\`${written}\` is only known at run time` };
  }
}

/** `models.CharField(max_length=20, null=True)` → its declaration; null when the value is no field call. */
export function fieldDecl(value: Value, written: string): FieldDecl {
  const base: FieldDecl = {
    cls: value.t === 'call' || value.t === 'ref' ? value.path : written, known: false, text: written.length > 160 ? `${written.slice(0, 160)}…` : written,
    null: false, blank: false, primaryKey: false, unique: false, dbIndex: null, dbColumn: null, collation: null, maxLength: null, maxDigits: null,
    decimalPlaces: null, default: null, dbDefault: null, autoNow: false, to: null, toField: null, dbConstraint: true, manyToMany: false,
    through: null, dbTable: null, baseField: null, size: null, problems: [],
  };
  if (value.t !== 'call') {
    base.problems.push(value.t === 'unknown' ? value.why : `\`${base.text}\` is not a field constructor call`);
    return base;
  }
  const cls = fieldClass(value.path);
  if (!cls) {
    base.problems.push(`the field class \`${value.path}\` is defined outside this file (project code is never imported); its column type is not known`);
  } else {
    base.cls = cls;
    base.known = true;
  }
  const nodeText = (name: string) => value.kwargNodes.get(name)?.text ?? '';
  base.null = asBool(kw(value, 'null'), false);
  base.blank = asBool(kw(value, 'blank'), false);
  base.primaryKey = asBool(kw(value, 'primary_key'), false);
  base.unique = asBool(kw(value, 'unique'), false) || cls === 'OneToOneField';
  const dbIndex = kw(value, 'db_index');
  base.dbIndex = dbIndex?.t === 'bool' ? dbIndex.v : null;
  base.dbColumn = asString(kw(value, 'db_column'));
  base.collation = asString(kw(value, 'db_collation'));
  base.maxLength = asNumber(kw(value, 'max_length'));
  base.maxDigits = asNumber(kw(value, 'max_digits'));
  base.decimalPlaces = asNumber(kw(value, 'decimal_places'));
  base.autoNow = asBool(kw(value, 'auto_now'), false) || asBool(kw(value, 'auto_now_add'), false);
  const defaultValue = value.kwargs.get('default');
  if (defaultValue) base.default = pyLit(defaultValue, nodeText('default'));
  const dbDefault = value.kwargs.get('db_default');
  if (dbDefault) base.dbDefault = pyLit(dbDefault, nodeText('db_default'));
  if (cls === 'ForeignKey' || cls === 'OneToOneField' || cls === 'ManyToManyField') {
    const to = kw(value, 'to', 0);
    if (to && isUserModelSetting(to)) base.to = '__user__';
    else if (to?.t === 'str') base.to = to.v;
    else base.problems.push(`the related model \`${to ? value.kwargNodes.get('to')?.text ?? value.argNodes[0]?.text ?? '' : ''}\` is not a literal 'app.Model' string`);
    base.toField = asString(kw(value, 'to_field'));
    base.dbConstraint = asBool(kw(value, 'db_constraint'), true);
    base.manyToMany = cls === 'ManyToManyField';
    const through = kw(value, 'through');
    base.through = through?.t === 'str' ? through.v : through && isUserModelSetting(through) ? '__user__' : null;
    if (value.path === 'taggit.managers.TaggableManager') base.through = base.through ?? 'taggit.taggeditem';
    base.dbTable = asString(kw(value, 'db_table'));
  }
  if (cls === 'ArrayField') {
    const inner = kw(value, 'base_field', 0);
    base.baseField = inner ? fieldDecl(inner, value.kwargNodes.get('base_field')?.text ?? value.argNodes[0]?.text ?? '') : null;
    base.size = asNumber(kw(value, 'size', 1));
    // An element field the front end cannot type leaves the array column untyped: say so, or the
    // AddField would vanish while its inverse (a DROP COLUMN) still shows in the down.
    if (base.baseField) base.problems.push(...base.baseField.problems.map((p) => `the array's base_field: ${p}`));
  }
  return base;
}

export function qDecl(value: Value | undefined, written: string): QDecl | null {
  if (!value) return null;
  if (value.t !== 'call') return { k: 'unknown', text: written };
  if (value.path === '__and__' || value.path === '__or__') {
    const children = value.args.map((a, i) => qDecl(a, value.argNodes[i]?.text ?? '') ?? { k: 'unknown' as const, text: written });
    return { k: 'node', connector: value.path === '__and__' ? 'AND' : 'OR', negated: false, children };
  }
  if (value.path === '__invert__') {
    const inner = qDecl(value.args[0], written);
    return inner ? { k: 'node', connector: 'AND', negated: true, children: [inner] } : null;
  }
  if (lastSegment(value.path) !== 'Q') return { k: 'unknown', text: written };
  const children: QDecl[] = [];
  value.args.forEach((arg, i) => {
    if (arg.t === 'seq' && arg.items.length === 2 && arg.items[0]!.t === 'str') {
      children.push({ k: 'lookup', path: arg.items[0]!.v, value: pyLit(arg.items[1]!, value.argNodes[i]?.text ?? '') });
    } else {
      children.push(qDecl(arg, value.argNodes[i]?.text ?? '') ?? { k: 'unknown', text: written });
    }
  });
  for (const [name, v] of value.kwargs) {
    if (name === '_connector' || name === '_negated') continue;
    children.push({ k: 'lookup', path: name, value: pyLit(v, value.kwargNodes.get(name)?.text ?? '') });
  }
  const connector = asString(value.kwargs.get('_connector')) === 'OR' ? 'OR' : 'AND';
  return { k: 'node', connector, negated: asBool(value.kwargs.get('_negated'), false), children };
}

const INDEX_METHODS: Record<string, string> = { GinIndex: 'gin', GistIndex: 'gist', BrinIndex: 'brin', HashIndex: 'hash', SpGistIndex: 'spgist', BloomIndex: 'bloom', BTreeIndex: 'btree' };

export function indexDecl(value: Value): IndexDecl | null {
  if (value.t !== 'call') return null;
  const cls = lastSegment(value.path);
  if (cls !== 'Index' && !INDEX_METHODS[cls]) return null;
  return {
    name: asString(kw(value, 'name')),
    fields: stringList(kw(value, 'fields')),
    expressions: value.args.map((_, i) => value.argNodes[i]?.text ?? ''),
    condition: qDecl(value.kwargs.get('condition'), value.kwargNodes.get('condition')?.text ?? ''),
    include: stringList(kw(value, 'include')),
    opclasses: stringList(kw(value, 'opclasses')),
    method: INDEX_METHODS[cls] ?? null,
  };
}

export function constraintDecl(value: Value, written: string): ConstraintDecl {
  const out: ConstraintDecl = { kind: 'unknown', name: null, fields: [], expressions: [], condition: null, check: null, include: [], deferrable: null, nullsDistinct: null, text: written };
  if (value.t !== 'call') return out;
  const cls = lastSegment(value.path);
  out.name = asString(kw(value, 'name'));
  if (cls === 'CheckConstraint') {
    out.kind = 'check';
    // Django 5.1 renamed check= to condition=.
    const check = value.kwargs.get('condition') ?? value.kwargs.get('check');
    out.check = qDecl(check, value.kwargNodes.get('condition')?.text ?? value.kwargNodes.get('check')?.text ?? '');
  } else if (cls === 'UniqueConstraint') {
    out.kind = 'unique';
    out.fields = stringList(kw(value, 'fields'));
    out.expressions = value.args.map((_, i) => value.argNodes[i]?.text ?? '');
    out.condition = qDecl(value.kwargs.get('condition'), value.kwargNodes.get('condition')?.text ?? '');
    out.include = stringList(kw(value, 'include'));
    const deferrable = value.kwargs.get('deferrable');
    out.deferrable = deferrable?.t === 'ref' ? lastSegment(deferrable.path).toUpperCase() : null;
    const nulls = value.kwargs.get('nulls_distinct');
    out.nullsDistinct = nulls?.t === 'bool' ? nulls.v : null;
  } else if (cls === 'ExclusionConstraint') {
    out.kind = 'exclusion';
  }
  return out;
}

export function modelOptions(value: Value | undefined, written: (name: string) => string): ModelOptions {
  const options: ModelOptions = { dbTable: null, uniqueTogether: [], indexTogether: [], indexes: [], constraints: [], managed: true, proxy: false, swappable: null, orderWithRespectTo: null };
  if (value?.t !== 'dict') return options;
  for (const [k, v] of value.entries) {
    const key = pyStr(k);
    switch (key) {
      case 'db_table':
        options.dbTable = asString(v);
        break;
      case 'unique_together':
        options.uniqueTogether = togetherSets(v);
        break;
      case 'index_together':
        options.indexTogether = togetherSets(v);
        break;
      case 'indexes':
        if (v.t === 'seq') for (const item of v.items) {
          const index = indexDecl(item);
          if (index) options.indexes.push(index);
        }
        break;
      case 'constraints':
        if (v.t === 'seq') for (const item of v.items) options.constraints.push(constraintDecl(item, written('constraints')));
        break;
      case 'managed':
        options.managed = asBool(v, true);
        break;
      case 'proxy':
        options.proxy = asBool(v, false);
        break;
      case 'swappable':
        options.swappable = asString(v);
        break;
      case 'order_with_respect_to':
        options.orderWithRespectTo = asString(v);
        break;
      default:
        break;
    }
  }
  return options;
}

const WRITE_METHODS: Record<string, 'update' | 'delete' | 'insert'> = {
  update: 'update', bulk_update: 'update', save: 'update', update_or_create: 'update',
  delete: 'delete', create: 'insert', bulk_create: 'insert', get_or_create: 'insert',
};

/**
 * What a RunPython function writes, read from its text: `Model = apps.get_model('app', 'Model')`
 * and the write methods called on it or its querysets. A `.filter(...)`/`.exclude(...)` before
 * `.update()`/`.delete()` counts as a WHERE; `.save()` in a loop is a row-by-row UPDATE over the rows it iterates.
 * Each write call is one write at its own place in the function (two calls are two writes, not one
 * call run twice); a call inside `for … in <literal list>` is written once per item, at that place.
 */
export function dataEffect(def: Node | null, reason: string | null, defaultApp: string, file: string): DataEffect {
  if (!def) return { writes: [], sql: [], opaque: reason ?? 'the function is not defined in this file' };
  const body = def.text.length > 200_000 ? def.text.slice(0, 200_000) : def.text;
  const models = new Map<string, string>();
  // `(?<!\w)`: a name is tried from its first character only; the optional argument owns its
  // trailing whitespace (two optional runs side by side split it every way: cubic on 200 KB).
  const getModel = /(?<!\w)(\w+)\s*=\s*apps\.get_model\(\s*["']([\w.]+)["']\s*(?:,\s*["'](\w+)["']\s*)?\)/g;
  for (let m = getModel.exec(body); m; m = getModel.exec(body)) {
    models.set(m[1]!, m[3] ? `${m[2]}.${m[3]}` : m[2]!.includes('.') ? m[2]! : `${defaultApp}.${m[2]}`);
  }
  const writes: DataEffect['writes'] = [];
  const push = (write: Omit<DataEffect['writes'][number], 'loc'>, at: Node | null) => {
    const times = at ? literalLoopTimes(at, def) : 1;
    for (let i = 0; i < times; i++) writes.push(at ? { ...write, loc: locOf(file, at) } : write);
  };
  for (const [variable, model] of models) {
    const chain = new RegExp(`\\b${variable}\\.objects((?:\\.\\w+\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))*?)\\.(update|bulk_update|delete|create|bulk_create|get_or_create|update_or_create)\\(`, 'g');
    let updates = false;
    for (let m = chain.exec(body); m; m = chain.exec(body)) {
      const action = WRITE_METHODS[m[2]!]!;
      const hasWhere = /\.(filter|exclude|get)\(/.test(m[1] ?? '') || action === 'insert';
      if (action === 'update') updates = true;
      push({ model, action, hasWhere }, writeCall(def, m.index, m[2]!));
    }
    // Instances saved one by one (for obj in Model.objects.all(): ...; obj.save()): at the rows' query.
    const objects = new RegExp(`\\b${variable}\\.objects\\b`).exec(body);
    if (objects && /\.save\(/.test(body) && !updates) push({ model, action: 'update', hasWhere: /\.(filter|exclude)\(/.test(body) }, chainTop(def, objects.index));
  }
  const sql: string[] = [];
  const execute = /schema_editor\.execute\(\s*(?:r?["']{1,3})([^"']+)["']/g;
  for (let m = execute.exec(body); m; m = execute.exec(body)) sql.push(m[1]!);
  return { writes, sql, opaque: null };
}

/** The innermost node at `offset` of the function's text (tree-sitter's indices are the text's). */
function nodeAt(def: Node, offset: number): Node | null {
  return def.descendantForIndex(def.startIndex + offset);
}

/** `Model.objects….<method>(…)` starting at `offset`: the call of `method`. */
function writeCall(def: Node, offset: number, method: string): Node | null {
  for (let cur = nodeAt(def, offset); cur && cur.id !== def.id; cur = cur.parent) {
    if (cur.type === 'call' && cur.childForFieldName('function')?.childForFieldName('attribute')?.text === method) return cur;
  }
  return null;
}

/** The whole attribute/call chain that starts at `offset` (`Model.objects.filter(…).all()`). */
function chainTop(def: Node, offset: number): Node | null {
  let cur = nodeAt(def, offset);
  while (cur?.parent && cur.parent.id !== def.id && (cur.parent.type === 'attribute' || cur.parent.type === 'call') && cur.parent.startIndex === cur.startIndex) cur = cur.parent;
  return cur;
}

/** How many times `node` runs by the `for` loops over literal lists around it in the function (1 when not known). */
function literalLoopTimes(node: Node, def: Node): number {
  let times = 1;
  for (let cur = node.parent; cur && cur.id !== def.id; cur = cur.parent) {
    if (cur.type !== 'for_statement') continue;
    const right = cur.childForFieldName('right');
    // Only the body repeats (`for x in <the call>` runs the call once).
    const inBody = cur.childForFieldName('body');
    if (!inBody || node.startIndex < inBody.startIndex) continue;
    if (right && (right.type === 'list' || right.type === 'tuple' || right.type === 'set')) times *= Math.max(1, right.namedChildren.filter((c) => c && c.type !== 'comment').length);
  }
  return Math.min(times, 100);
}

export function locOf(file: string, node: Node): Loc {
  return { file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, column: node.startPosition.column + 1, endColumn: node.endPosition.column + 1 };
}
