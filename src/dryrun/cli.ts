/** Entry for `migration-guard dry-run` (issue 8). */
export async function dryRunCli(argv: string[], io: { err: (s: string) => void }): Promise<number> {
  void argv;
  io.err('migration-guard: dry-run is not available in this version yet\n');
  return 2;
}
