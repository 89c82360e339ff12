import { main } from '../cli.js';

// Large reports must be fully flushed before exiting, so the exit code is set rather than forced.
const code = await main(process.argv.slice(2), {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
