#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import "./chunk-IV5X4XLJ.js";

// src/parse/rails/project.ts
import path from "node:path";
function markLatestRailsVersions(migrations) {
  const latest = /* @__PURE__ */ new Map();
  for (const m of migrations) {
    if (m.framework !== "rails" || !/^\d+$/.test(m.id)) continue;
    const dir = path.posix.dirname(m.file);
    const version = BigInt(m.id);
    const seen = latest.get(dir);
    if (seen === void 0 || seen < version) latest.set(dir, version);
  }
  for (const m of migrations) {
    const found = m.framework === "rails" && m.rails ? latest.get(path.posix.dirname(m.file)) : void 0;
    if (found !== void 0) m.rails.latestInDirectory = String(found);
  }
}
export {
  markLatestRailsVersions
};
