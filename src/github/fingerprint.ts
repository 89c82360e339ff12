import type { ReportFinding, SourceLookup } from '../report/model.js';
import { fingerprints } from '../report/fingerprint.js';
import { hiddenMarker } from '../report/escape.js';

const FINGERPRINT_MARKER = 'migration-guard:finding';
const FINGERPRINT_PATTERN = /<!-- migration-guard:finding=([a-f0-9]{16,64}) -->/;

/** Marker of the one sticky summary comment per PR. */
export const STICKY_MARKER = hiddenMarker('migration-guard:summary');

/**
 * A stable identity for each finding across runs, shared with SARIF: rule, file and the text of
 * the offending line, not its number, so a push that moves a finding does not repost it.
 */
export function fingerprintFindings(findings: ReportFinding[], sources?: SourceLookup): Map<ReportFinding, string> {
  const prints = fingerprints(findings, sources);
  return new Map(findings.map((f, i) => [f, prints[i]!]));
}

export function fingerprintMarker(fingerprint: string): string {
  return hiddenMarker(FINGERPRINT_MARKER, fingerprint);
}

/** The fingerprint in a comment body we posted, or null for anyone else's comment. */
export function fingerprintOf(body: string | null | undefined): string | null {
  return body ? (FINGERPRINT_PATTERN.exec(body)?.[1] ?? null) : null;
}

/** Every fingerprint in a comment body we posted (a comment stands for all findings on its line). */
export function fingerprintsOf(body: string | null | undefined): string[] {
  if (!body) return [];
  return [...body.matchAll(new RegExp(FINGERPRINT_PATTERN.source, 'g'))].map((m) => m[1]!);
}
