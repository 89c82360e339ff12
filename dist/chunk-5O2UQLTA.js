#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/stats/format.ts
function formatBytes(n) {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = n;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
function formatMs(ms) {
  if (ms < 1e3) return `${Math.max(1, Math.round(ms))} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)} s`;
  if (ms < 36e5) return `${(ms / 6e4).toFixed(1)} min`;
  return `${(ms / 36e5).toFixed(1)} h`;
}
function formatRate(perSec) {
  return perSec < 10 ? perSec.toFixed(1) : Math.round(perSec).toLocaleString("en-US");
}

export {
  formatBytes,
  formatMs,
  formatRate
};
