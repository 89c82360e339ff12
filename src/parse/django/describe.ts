import { lastSegment, type Value } from '../alembic/values.js';

/**
 * `Operation.describe()`: the line `sqlmigrate` prints above each operation's SQL, from the
 * arguments as written (Django keeps the model names' case there). Django 4.2–5.x wording.
 */
export function describeOperation(path: string, arg: (name: string, position: number) => Value | undefined, written: string): string {
  const s = (name: string, position: number): string => {
    const v = arg(name, position);
    return v?.t === 'str' ? v.v : v?.t === 'none' ? 'None' : '?';
  };
  const inner = (outer: string, position: number, key: string, keyPosition = -1): Value | undefined => {
    const v = arg(outer, position);
    return v?.t === 'call' ? v.kwargs.get(key) ?? (keyPosition >= 0 ? v.args[keyPosition] : undefined) : undefined;
  };
  const innerStr = (outer: string, position: number, key: string): string => {
    const v = inner(outer, position, key);
    return v?.t === 'str' ? v.v : '?';
  };
  const fields = (v: Value | undefined): string => (v?.t === 'seq' ? v.items.map((i) => (i.t === 'str' ? i.v : '?')).join(', ') : '');
  const count = (v: Value | undefined): number => (v?.t === 'seq' ? (v.items.length > 0 && v.items.every((i) => i.t === 'str') ? 1 : v.items.length) : 0);
  const op = lastSegment(path);
  switch (op) {
    case 'CreateModel': {
      const options = arg('options', 2);
      const proxy = options?.t === 'dict' && options.entries.some(([k, v]) => k.t === 'str' && k.v === 'proxy' && v.t === 'bool' && v.v);
      return `Create ${proxy ? 'proxy ' : ''}model ${s('name', 0)}`;
    }
    case 'DeleteModel':
      return `Delete model ${s('name', 0)}`;
    case 'RenameModel':
      return `Rename model ${s('old_name', 0)} to ${s('new_name', 1)}`;
    case 'AlterModelTable': {
      const table = arg('table', 1);
      return `Rename table for ${s('name', 0)} to ${table?.t === 'str' ? table.v : '(default)'}`;
    }
    case 'AlterModelTableComment':
      return `Alter ${s('name', 0)} table comment`;
    case 'AlterModelOptions':
      return `Change Meta options on ${s('name', 0)}`;
    case 'AlterModelManagers':
      return `Change managers on ${s('name', 0)}`;
    case 'AlterUniqueTogether':
      return `Alter unique_together for ${s('name', 0)} (${count(arg('unique_together', 1))} constraint(s))`;
    case 'AlterIndexTogether':
      return `Alter index_together for ${s('name', 0)} (${count(arg('index_together', 1))} constraint(s))`;
    case 'AlterOrderWithRespectTo':
      return `Set order_with_respect_to on ${s('name', 0)} to ${s('order_with_respect_to', 1)}`;
    case 'AddField':
      return `Add field ${s('name', 1)} to ${s('model_name', 0)}`;
    case 'RemoveField':
      return `Remove field ${s('name', 1)} from ${s('model_name', 0)}`;
    case 'AlterField':
      return `Alter field ${s('name', 1)} on ${s('model_name', 0)}`;
    case 'RenameField':
      return `Rename field ${s('old_name', 1)} on ${s('model_name', 0)} to ${s('new_name', 2)}`;
    case 'AddIndex':
    case 'AddIndexConcurrently': {
      const index = arg('index', 1);
      const expressions = index?.t === 'call' ? index.argNodes.map((n) => n.text) : [];
      const prefix = op === 'AddIndex' ? 'Create index' : 'Concurrently create index';
      if (expressions.length > 0 && op === 'AddIndex') return `${prefix} ${innerStr('index', 1, 'name')} on ${expressions.join(', ')} on model ${s('model_name', 0)}`;
      return `${prefix} ${innerStr('index', 1, 'name')} on field(s) ${fields(inner('index', 1, 'fields'))} of model ${s('model_name', 0)}`;
    }
    case 'RemoveIndex':
      return `Remove index ${s('name', 1)} from ${s('model_name', 0)}`;
    case 'RemoveIndexConcurrently':
      return `Concurrently remove index ${s('name', 1)} from ${s('model_name', 0)}`;
    case 'RenameIndex': {
      const oldName = arg('old_name', 2);
      if (oldName?.t === 'str') return `Rename index ${oldName.v} on ${s('model_name', 0)} to ${s('new_name', 1)}`;
      const old = arg('old_fields', 3);
      const tuple = old?.t === 'seq' ? `(${old.items.map((i) => (i.t === 'str' ? `'${i.v}'` : '?')).join(', ')}${old.items.length === 1 ? ',' : ''})` : '?';
      return `Rename unnamed index for ${tuple} on ${s('model_name', 0)} to ${s('new_name', 1)}`;
    }
    case 'AddConstraint':
      return `Create constraint ${innerStr('constraint', 1, 'name')} on model ${s('model_name', 0)}`;
    case 'AddConstraintNotValid':
      return `Create not valid constraint ${innerStr('constraint', 1, 'name')} on model ${s('model_name', 0)}`;
    case 'RemoveConstraint':
      return `Remove constraint ${s('name', 1)} from model ${s('model_name', 0)}`;
    case 'ValidateConstraint':
      return `Validate constraint ${s('name', 1)} on model ${s('model_name', 0)}`;
    case 'RunSQL':
      return 'Raw SQL operation';
    case 'RunPython':
      return 'Raw Python operation';
    case 'SeparateDatabaseAndState':
      return 'Custom state/database change combination';
    case 'CreateExtension':
      return `Creates extension ${s('name', 0)}`;
    case 'CreateCollation':
      return `Create collation ${s('name', 0)}`;
    default:
      // The CreateExtension subclasses (TrigramExtension...) are described by the caller, which knows their extension names.
      return `${written} (an operation migration-guard does not describe)`;
  }
}
