import { runCli } from './program';
import { processIo } from './output';

// Entry point of the `ecm-configurator` command (bundled to out/cli/cli.cjs).
runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Error: ${(err as Error)?.message ?? String(err)}\n  Code:        INTERNAL\n`);
    process.exitCode = 1;
  },
);
