#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/alembic/graph.ts
function directoryOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}
function downRevisionLoc(m) {
  const line = m.alembic?.downRevisionLine ?? 1;
  return { file: m.file, line, endLine: line, column: 1 };
}
function graphProblem(m, message) {
  return { kind: "unparsed", reason: "parse", message, loc: downRevisionLoc(m) };
}
var ReadyQueue = class {
  items = [];
  get size() {
    return this.items.length;
  }
  push(node) {
    const items = this.items;
    items.push(node);
    let i = items.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (items[parent].index <= node.index) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = node;
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      let i = 0;
      for (; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        const at = (k) => k === i ? last : items[k];
        if (left < items.length && at(left).index < at(smallest).index) smallest = left;
        if (right < items.length && at(right).index < at(smallest).index) smallest = right;
        if (smallest === i) break;
        items[i] = items[smallest];
        i = smallest;
      }
      items[i] = last;
    }
    return top;
  }
};
function orderAlembicMigrations(migrations) {
  const nodes = [];
  const byRevision = /* @__PURE__ */ new Map();
  const byBranchLabel = /* @__PURE__ */ new Map();
  migrations.forEach((migration, index) => {
    const revision = migration.alembic?.revision ?? migration.id;
    const node = { migration, index, revision, parents: [], problems: [] };
    nodes.push(node);
    const existing = byRevision.get(revision);
    if (existing) {
      node.problems.push(graphProblem(migration, `revision ${revision} is also defined in ${existing.migration.file}; Alembic refuses duplicate revisions`));
      return;
    }
    byRevision.set(revision, node);
    for (const label of migration.alembic?.branchLabels ?? []) if (!byBranchLabel.has(label)) byBranchLabel.set(label, node);
  });
  const filesPerDirectory = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const directory = directoryOf(node.migration.file);
    filesPerDirectory.set(directory, (filesPerDirectory.get(directory) ?? 0) + 1);
  }
  const children = /* @__PURE__ */ new Map();
  const pending = /* @__PURE__ */ new Map();
  const referenced = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    const parents = /* @__PURE__ */ new Set();
    for (const parent of node.migration.alembic?.downRevisions ?? []) {
      const target = byRevision.get(parent);
      if (!target) {
        if ((filesPerDirectory.get(directoryOf(node.migration.file)) ?? 0) < 2) continue;
        node.problems.push(graphProblem(node.migration, `down_revision ${parent} of revision ${node.revision} is not a known revision: the revision graph is broken`));
        continue;
      }
      referenced.add(target);
      if (target !== node) parents.add(target);
      else node.problems.push(graphProblem(node.migration, `revision ${node.revision} names itself as its down_revision: the revision graph has a cycle`));
    }
    for (const dependency of node.migration.alembic?.dependsOn ?? []) {
      const target = byRevision.get(dependency) ?? byBranchLabel.get(dependency);
      if (target && target !== node) parents.add(target);
    }
    node.parents = [...parents].map((p) => p.revision);
    pending.set(node, parents.size);
    for (const parent of parents) {
      const list = children.get(parent) ?? [];
      list.push(node);
      children.set(parent, list);
    }
  }
  const ordered = [];
  const ready = new ReadyQueue();
  for (const node of nodes) if (pending.get(node) === 0) ready.push(node);
  while (ready.size > 0) {
    const node = ready.pop();
    ordered.push(node);
    for (const child of children.get(node) ?? []) {
      const left = pending.get(child) - 1;
      pending.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  const placed = new Set(ordered);
  const stuck = nodes.filter((n) => !placed.has(n));
  if (stuck.length > 0) {
    const inCycle = stuck.filter((n) => n.parents.some((p) => stuck.some((s) => s.revision === p)));
    const names = inCycle.map((n) => n.revision).join(", ");
    for (const node of inCycle) {
      node.problems.push(graphProblem(node.migration, `down_revision of revision ${node.revision} leads into a cycle in the revision graph (${names})`));
    }
    for (const node of stuck) ordered.push(node);
  }
  const heads = nodes.filter((n) => byRevision.get(n.revision) === n && !referenced.has(n)).map((n) => n.revision);
  return ordered.map((node, position) => ({
    ...node.migration,
    up: node.problems.length > 0 ? [...node.problems, ...node.migration.up] : node.migration.up,
    order: String(position).padStart(6, "0"),
    ...node.migration.alembic ? { alembic: { ...node.migration.alembic, heads } } : {}
  }));
}

export {
  orderAlembicMigrations
};
