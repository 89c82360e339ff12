import type { Loc, Migration, Op } from '../../ir.js';
import type { FileTask, FrontEnd } from '../frontend.js';
import { lowerPendingSql } from '../orm/embedded-sql.js';
import { parseModule, type ParsedModule } from '../alembic/module.js';
import { discardPythonParser, loadPythonParser, type Node } from '../alembic/tree-sitter.js';
import { lastSegment, type Value } from '../alembic/values.js';
import { djangoNames } from './detect.js';
import { describeOperation } from './describe.js';
import { DjangoEvaluator } from './evaluate.js';
import { constraintDecl, dataEffect, fieldDecl, indexDecl, isUserModelSetting, locOf, modelOptions, stringList, text, togetherSets } from './read.js';
import type { DataEffect, DjangoFile, DjangoFixSites, DjangoOperation } from './types.js';

export { isDjangoMigrationFile } from './detect.js';
export { lowerDjangoProject } from './project.js';
export type { DjangoFile } from './types.js';

/** SQL statements lowered from one RunSQL argument, plus whether it said anything at all. */
interface LoweredSql {
  ops: Op[];
  empty: boolean;
}

/**
 * The Django front end, per file: parses the migration with tree-sitter (never importing it) and
 * reads `class Migration` into a `DjangoFile`. The ops are produced later by `lowerDjangoProject`,
 * which needs every file of the project: the model state (table names, column types, a foreign
 * key's target) comes from the migrations before this one in the graph.
 */
export const djangoFrontEnd: FrontEnd = async (task: FileTask): Promise<Migration[]> => {
  const file = task.file.path;
  const { app, name } = djangoNames(file);
  const firstLine: Loc = { file, line: 1, endLine: 1, column: 1 };
  let parsed: ParsedModule;
  try {
    parsed = parseModule(await loadPythonParser(), task.file.text);
  } catch (error) {
    discardPythonParser();
    const described = emptyFile(app, name, firstLine);
    described.problems.push({ kind: 'unparsed', reason: 'parse', message: `the Python file could not be parsed: ${(error as Error).message}`, loc: firstLine });
    return [migrationOf(task, described)];
  }
  try {
    return [migrationOf(task, await readMigration(task, parsed, app, name))];
  } finally {
    parsed.dispose();
  }
};

function emptyFile(app: string, name: string, loc: Loc): DjangoFile {
  return { app, name, dependencies: [], runBefore: [], replaces: [], atomic: true, initial: false, operations: [], classLoc: loc, dependenciesLoc: loc, problems: [] };
}

function migrationOf(task: FileTask, described: DjangoFile): Migration {
  return {
    id: `${described.app}.${described.name}`,
    file: task.file.path,
    framework: 'django',
    dialect: task.dialect,
    isNew: task.isNew,
    // Django runs each migration in one transaction (schema_editor(atomic=migration.atomic)).
    transactional: described.atomic,
    up: [],
    down: [],
    downLoc: described.classLoc,
    downIrreversible: null,
    order: task.order,
    expectsDown: true,
    django: described,
    ...(described.fixSites ? { fixSites: described.fixSites } : {}),
  };
}

async function readMigration(task: FileTask, parsed: ParsedModule, app: string, name: string): Promise<DjangoFile> {
  const file = task.file.path;
  const evaluator = new DjangoEvaluator(file);
  const classNode = evaluator.defineModule(parsed.statements);
  const described = emptyFile(app, name, { file, line: 1, endLine: 1, column: 1 });
  for (const p of parsed.problems) {
    described.problems.push({ kind: 'unparsed', reason: 'parse', message: p.message, loc: { file, line: p.line, endLine: p.line, column: p.column } });
  }
  if (!classNode) {
    described.problems.push({ kind: 'unparsed', reason: 'parse', message: 'no `class Migration(migrations.Migration):` in this file', loc: described.classLoc });
    return described;
  }
  // Only the `class` line: the end of the class body is no end of this location.
  const { endColumn: _classEnd, ...classStart } = locOf(file, classNode);
  described.classLoc = { ...classStart, endLine: classNode.startPosition.row + 1 };
  const attributes = evaluator.classAttributes(classNode);
  const at = (attr: string): Loc => {
    const node = attributes.get(attr)?.node;
    return node ? locOf(file, node) : described.classLoc;
  };
  described.dependenciesLoc = at('dependencies');
  const atomic = attributes.get('atomic')?.value;
  described.atomic = atomic?.t === 'bool' ? atomic.v : true;
  const initial = attributes.get('initial')?.value;
  described.initial = initial?.t === 'bool' && initial.v;
  for (const [key, target] of [['dependencies', described.dependencies], ['run_before', described.runBefore], ['replaces', described.replaces]] as const) {
    const value = attributes.get(key)?.value;
    if (!value) continue;
    if (value.t !== 'seq') {
      described.problems.push(dynamic(at(key), `\`${key}\` is not a static list, so this migration's place in the graph is not known`));
      continue;
    }
    for (const item of value.items) {
      const dependency = dependencyOf(item, app);
      if (dependency) target.push(dependency);
      else described.problems.push(dynamic(at(key), `an entry of \`${key}\` is not a static ('app', 'name') pair`));
    }
  }
  const operations = attributes.get('operations');
  described.fixSites = fixSitesOf(parsed.statements, classNode, evaluator, operations?.node ?? null, file);
  if (!operations) return described;
  if (operations.value.t !== 'seq') {
    described.problems.push(dynamic(locOf(file, operations.node), `\`operations\` is not a static list: ${operations.value.t === 'unknown' ? operations.value.why : 'only known at run time'}`));
    return described;
  }
  const context: ReadContext = { task, evaluator, app, fallback: locOf(file, operations.node) };
  for (const item of operations.value.items) described.operations.push(await readOperation(item, context));
  return described;
}

/** Where exact fixes edit this file: the imports, the class body, `atomic`, the first operation. */
function fixSitesOf(statements: Node[], classNode: Node, evaluator: DjangoEvaluator, operations: Node | null, file: string): DjangoFixSites {
  let importAfterLine = 0;
  const importTexts: string[] = [];
  for (const statement of statements) {
    if (statement.startIndex >= classNode.startIndex) break;
    if (/^(import_statement|import_from_statement|future_import_statement)$/.test(statement.type)) {
      importAfterLine = statement.endPosition.row + 1;
      importTexts.push(statement.text);
    }
  }
  // A name counts as imported only when an import statement binds it (an assignment may evaluate to an import path too).
  const imported = new Set<string>();
  for (const statement of statements) {
    if (statement.type !== 'import_statement' && statement.type !== 'import_from_statement') continue;
    const moduleName = statement.childForFieldName('module_name');
    for (const item of statement.namedChildren) {
      if (!item || item.startIndex === moduleName?.startIndex) continue;
      if (item.type === 'aliased_import') imported.add(item.childForFieldName('alias')?.text ?? '');
      else if (item.type === 'dotted_name') imported.add(statement.type === 'import_statement' ? item.text.split('.')[0]! : item.text);
    }
  }
  const names: Record<string, string> = {};
  for (const [name, value] of evaluator.moduleScope.vars) names[name] = imported.has(name) && value.t === 'ref' ? value.path : '';
  const body = classNode.childForFieldName('body');
  const children = (body?.namedChildren ?? []).filter((n): n is Node => !!n);
  const members = children.filter((n) => n.type !== 'comment');
  const isDocstring = (n: Node) => n.type === 'expression_statement' && n.firstNamedChild?.type === 'string';
  // The first statement after a docstring, or the comments that lead it (they stay with it).
  const at = children.findIndex((n) => n.type !== 'comment' && !isDocstring(n));
  let lead = at;
  // Only comments on lines of their own (not one after the docstring or the `class` line).
  const ownLine = (i: number) => children[i]!.startPosition.row > (i > 0 ? children[i - 1]!.endPosition.row : classNode.startPosition.row);
  while (lead > 0 && children[lead - 1]!.type === 'comment' && ownLine(lead - 1)) lead--;
  const first = at >= 0 ? children[lead]! : null;
  const classBody = body && first && body.startPosition.row > classNode.startPosition.row ? { line: first.startPosition.row + 1, indent: ' '.repeat(first.startPosition.column) } : null;
  let atomicValue: Loc | null = null;
  for (const member of members) {
    const assignment = member.type === 'expression_statement' ? member.firstNamedChild : null;
    if (assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === 'atomic') {
      const right = assignment.childForFieldName('right');
      if (right) atomicValue = locOf(file, right);
    }
  }
  const list = operations?.firstNamedChild?.type === 'assignment' ? operations.firstNamedChild.childForFieldName('right') : null;
  const firstOp = list?.type === 'list' ? list.namedChildren.find((n) => !!n && n.type !== 'comment') ?? null : null;
  const firstOperation = firstOp ? { line: firstOp.startPosition.row + 1, column: firstOp.startPosition.column + 1, ownLine: firstOp.startPosition.row > list!.startPosition.row } : null;
  const alterFieldTexts: Record<string, string> = {};
  for (const item of list?.type === 'list' ? list.namedChildren : []) {
    if (item?.type === 'call' && /(^|\.)AlterField$/.test(item.childForFieldName('function')?.text ?? '')) alterFieldTexts[`${item.startPosition.row + 1}:${item.startPosition.column + 1}`] = item.text;
  }
  return { importAfterLine, names, classBody, atomicValue, firstOperation, importTexts, alterFieldTexts };
}

interface ReadContext {
  task: FileTask;
  evaluator: DjangoEvaluator;
  app: string;
  /** Where an operation without its own node is reported. */
  fallback: Loc;
}

function dynamic(loc: Loc, message: string): Op {
  return { kind: 'unparsed', reason: 'dynamic', message, loc };
}

function dependencyOf(item: Value, app: string): { app: string; name: string } | null {
  if (item.t === 'seq' && item.items.length === 2 && item.items[0]!.t === 'str' && item.items[1]!.t === 'str') {
    return { app: item.items[0]!.v, name: item.items[1]!.v };
  }
  // migrations.swappable_dependency(settings.AUTH_USER_MODEL) → the user model's app, __first__.
  if (item.t === 'call' && lastSegment(item.path) === 'swappable_dependency') {
    const setting = item.args[0];
    if (setting && isUserModelSetting(setting)) return { app: '__user__', name: '__first__' };
    if (setting?.t === 'str' && setting.v.includes('.')) return { app: setting.v.split('.')[0]!, name: '__first__' };
  }
  void app;
  return null;
}

const str = (value: Value | undefined): string | null => (value?.t === 'str' ? value.v : null);

async function readOperation(item: Value, context: ReadContext): Promise<DjangoOperation> {
  const op = await readOperationCall(item, context);
  if (item.t === 'call') {
    const arg = (name: string, position: number): Value | undefined => item.kwargs.get(name) ?? item.args[position];
    op.description = op.kind === 'rawDdl' && op.object.startsWith('extension ') ? `Creates extension ${op.object.slice('extension '.length)}` : describeOperation(item.path, arg, op.written);
  }
  return op;
}

async function readOperationCall(item: Value, context: ReadContext): Promise<DjangoOperation> {
  const file = context.task.file.path;
  if (item.t !== 'call') {
    return { kind: 'unknown', why: item.t === 'unknown' ? item.why : 'an entry of `operations` is not an operation call', loc: context.fallback, written: 'operation' };
  }
  const loc = locOf(file, item.node);
  const written = item.node.childForFieldName('function')?.text ?? item.path;
  const op = lastSegment(item.path);
  const known = item.path.startsWith('django.') || !item.path.includes('.') || /^(migrations|operations)\./.test(item.path);
  const common = { loc, written };
  const arg = (name: string, position: number): Value | undefined => item.kwargs.get(name) ?? item.args[position];
  const nodeOf = (name: string, position: number): Node | undefined => item.kwargNodes.get(name) ?? item.argNodes[position];
  const model = (name = 'model_name') => (str(arg(name, 0)) ?? '').toLowerCase();
  if (!known) return { kind: 'unknown', why: `\`${written}\` is an operation class from \`${item.path.slice(0, item.path.lastIndexOf('.'))}\`, outside Django; what it does is not known statically`, ...common };
  switch (op) {
    case 'CreateModel': {
      const fieldsValue = arg('fields', 1);
      const fields: Array<[string, ReturnType<typeof fieldDecl>]> = [];
      if (fieldsValue?.t === 'seq') {
        for (const pair of fieldsValue.items) {
          if (pair.t === 'seq' && pair.items.length === 2 && pair.items[0]!.t === 'str') {
            const field = pair.items[1]!;
            fields.push([pair.items[0]!.v, fieldDecl(field, field.t === 'call' ? field.node.text : '')]);
          }
        }
      }
      const optionsNode = nodeOf('options', 2);
      const options = modelOptions(arg('options', 2), () => text(optionsNode));
      const bases = arg('bases', 3);
      return { kind: 'createModel', name: (str(arg('name', 0)) ?? '').toLowerCase(), className: str(arg('name', 0)) ?? '', fields, options, bases: bases?.t === 'seq' ? bases.items.map((b) => (b.t === 'ref' ? b.path : b.t === 'str' ? b.v : '?')) : [], ...common };
    }
    case 'DeleteModel':
      return { kind: 'deleteModel', name: model('name'), ...common };
    case 'RenameModel':
      return { kind: 'renameModel', oldName: (str(arg('old_name', 0)) ?? '').toLowerCase(), newName: (str(arg('new_name', 1)) ?? '').toLowerCase(), newClassName: str(arg('new_name', 1)) ?? '', ...common };
    case 'AlterModelTable':
      return { kind: 'alterModelTable', name: model('name'), table: str(arg('table', 1)), ...common };
    case 'AlterModelOptions': {
      const options = arg('options', 1);
      let managed: boolean | null = null;
      if (options?.t === 'dict') for (const [k, v] of options.entries) if (str(k) === 'managed' && v.t === 'bool') managed = v.v;
      return { kind: 'alterModelOptions', name: model('name'), managed, ...common };
    }
    case 'AlterModelManagers':
    case 'AlterModelTableComment':
      return { kind: 'alterModelOptions', name: model('name'), managed: null, ...common };
    case 'AddField':
    case 'AlterField': {
      const field = arg('field', 2);
      const preserve = arg('preserve_default', 3);
      return {
        kind: op === 'AddField' ? 'addField' : 'alterField', model: model(), name: str(arg('name', 1)) ?? '',
        field: fieldDecl(field ?? { t: 'none' }, text(nodeOf('field', 2))), preserveDefault: preserve?.t === 'bool' ? preserve.v : true, ...common,
      };
    }
    case 'RemoveField':
      return { kind: 'removeField', model: model(), name: str(arg('name', 1)) ?? '', ...common };
    case 'RenameField':
      return { kind: 'renameField', model: model(), oldName: str(arg('old_name', 1)) ?? '', newName: str(arg('new_name', 2)) ?? '', ...common };
    case 'AddIndex':
    case 'AddIndexConcurrently': {
      const index = indexDecl(arg('index', 1) ?? { t: 'none' });
      if (!index) return { kind: 'unknown', why: `the index \`${text(nodeOf('index', 1))}\` is not a models.Index(...) call`, ...common };
      return { kind: 'addIndex', model: model(), index, concurrently: op === 'AddIndexConcurrently', ...common };
    }
    case 'RemoveIndex':
    case 'RemoveIndexConcurrently':
      return { kind: 'removeIndex', model: model(), name: str(arg('name', 1)) ?? '', concurrently: op === 'RemoveIndexConcurrently', ...common };
    case 'RenameIndex': {
      const oldFields = arg('old_fields', 3);
      return { kind: 'renameIndex', model: model(), newName: str(arg('new_name', 1)) ?? '', oldName: str(arg('old_name', 2)), oldFields: oldFields ? stringList(oldFields) : null, ...common };
    }
    case 'AddConstraint':
    case 'AddConstraintNotValid':
      return { kind: 'addConstraint', model: model(), constraint: constraintDecl(arg('constraint', 1) ?? { t: 'none' }, text(nodeOf('constraint', 1))), notValid: op === 'AddConstraintNotValid', ...common };
    case 'RemoveConstraint':
      return { kind: 'removeConstraint', model: model(), name: str(arg('name', 1)) ?? '', ...common };
    case 'ValidateConstraint':
      return { kind: 'validateConstraint', model: model(), name: str(arg('name', 1)) ?? '', ...common };
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether': {
      const key = op === 'AlterUniqueTogether' ? 'unique_together' : 'index_together';
      return { kind: 'alterTogether', which: op === 'AlterUniqueTogether' ? 'unique' : 'index', name: model('name'), sets: togetherSets(arg(key, 1)), ...common };
    }
    case 'AlterOrderWithRespectTo':
      return { kind: 'alterOrderWithRespectTo', name: model('name'), field: str(arg('order_with_respect_to', 1)), ...common };
    case 'RunSQL': {
      const up = await lowerRunSql(arg('sql', 0), nodeOf('sql', 0), context);
      const reverse = arg('reverse_sql', 1);
      const down = reverse === undefined || reverse.t === 'none' ? null : await lowerRunSql(reverse, nodeOf('reverse_sql', 1), context);
      const stateValue = item.kwargs.get('state_operations');
      const stateOperations: DjangoOperation[] = [];
      if (stateValue?.t === 'seq') for (const s of stateValue.items) stateOperations.push(await readOperation(s, context));
      return { kind: 'runSql', up: up.ops, down: down ? down.ops : null, stateOperations, ...common };
    }
    case 'RunPython': {
      const code = arg('code', 0);
      const reverse = arg('reverse_code', 1);
      const atomic = item.kwargs.get('atomic');
      return {
        kind: 'runPython', forward: effectOf(code, context), reverse: reverse === undefined || reverse.t === 'none' ? null : isNoop(reverse) ? 'noop' : effectOf(reverse, context),
        atomic: atomic?.t === 'bool' ? atomic.v : null, ...common,
      };
    }
    case 'SeparateDatabaseAndState': {
      const database: DjangoOperation[] = [];
      const state: DjangoOperation[] = [];
      for (const [key, target, position] of [['database_operations', database, 0], ['state_operations', state, 1]] as const) {
        const list = arg(key, position);
        if (list?.t === 'seq') for (const s of list.items) target.push(await readOperation(s, context));
      }
      return { kind: 'separate', database, state, ...common };
    }
    default:
      return extensionOperation(op, item, common) ?? { kind: 'unknown', why: `\`${written}\` is not an operation migration-guard models yet`, ...common };
  }
}

const EXTENSIONS: Record<string, string> = {
  BloomExtension: 'bloom', BtreeGinExtension: 'btree_gin', BtreeGistExtension: 'btree_gist', CITextExtension: 'citext',
  CryptoExtension: 'pgcrypto', HStoreExtension: 'hstore', TrigramExtension: 'pg_trgm', UnaccentExtension: 'unaccent',
};

function extensionOperation(op: string, item: Value & { t: 'call' }, common: { loc: Loc; written: string }): DjangoOperation | null {
  const name = op === 'CreateExtension' ? str(item.kwargs.get('name') ?? item.args[0]) : EXTENSIONS[op] ?? null;
  if (name) return { kind: 'rawDdl', up: `CREATE EXTENSION IF NOT EXISTS "${name}"`, down: `DROP EXTENSION IF EXISTS "${name}"`, object: `extension ${name}`, ...common };
  if (op === 'CreateCollation') {
    const collation = str(item.kwargs.get('name') ?? item.args[0]) ?? '?';
    return { kind: 'rawDdl', up: `CREATE COLLATION "${collation}" (locale=${JSON.stringify(str(item.kwargs.get('locale') ?? item.args[1]) ?? '')})`, down: `DROP COLLATION "${collation}"`, object: `collation ${collation}`, ...common };
  }
  return null;
}

function isNoop(value: Value): boolean {
  return value.t === 'ref' && /(^|\.)RunPython\.noop$|(^|\.)RunSQL\.noop$/.test(value.path);
}

function effectOf(value: Value | undefined, context: ReadContext): DataEffect {
  if (!value) return { writes: [], sql: [], opaque: 'RunPython has no code' };
  if (value.t === 'ref' && value.path.startsWith('__file__.')) {
    const def = context.evaluator.functions.get(value.path.slice('__file__.'.length)) ?? null;
    return dataEffect(def, null, context.app, context.task.file.path);
  }
  if (value.t === 'ref' && value.path === '__lambda__') return { writes: [], sql: [], opaque: null };
  if (isNoop(value)) return { writes: [], sql: [], opaque: null };
  const described = value.t === 'ref' ? `\`${value.path}\` is defined outside this file` : value.t === 'unknown' ? value.why : 'the code is not a function of this file';
  return { writes: [], sql: [], opaque: described };
}

/** RunSQL's `sql`/`reverse_sql`: a string, a list of strings or of (sql, params) pairs, or RunSQL.noop. */
async function lowerRunSql(value: Value | undefined, node: Node | undefined, context: ReadContext): Promise<LoweredSql> {
  const file = context.task.file.path;
  const at: Loc = node ? locOf(file, node) : context.fallback;
  if (!value || isNoop(value) || (value.t === 'str' && value.v.trim() === '')) return { ops: [], empty: true };
  const pieces: Value[] = value.t === 'seq' ? value.items.map((i) => (i.t === 'seq' && i.items[0]?.t === 'str' ? i.items[0] : i)) : [value];
  const ops: Op[] = [];
  for (const piece of pieces) {
    if (piece.t !== 'str') {
      ops.push(dynamic(at, `the SQL of this RunSQL is not a static string: ${piece.t === 'unknown' ? piece.why : 'only known at run time'}`));
      continue;
    }
    const origin = { line: piece.origin?.line ?? at.line, column: piece.origin?.column ?? at.column };
    // `RunSQL((sql, params))`: the `%s` / `%(name)s` placeholders are values the cursor fills in.
    ops.push(...(await lowerPendingSql({ kind: 'pendingSql', text: piece.v, origin, binds: ['pyformat'], conditional: false }, context.task.dialect, file)));
  }
  return { ops, empty: false };
}
