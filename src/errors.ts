/** A problem the user must fix in their invocation or config: exit code 2, message names the key/file. */
export class UsageError extends Error {
  override name = 'UsageError';
}
