import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../support/static-vault';

/**
 * `npm run bench`: runs every benchmark and writes docs/BENCHMARKS.md with the machine's details and
 * each benchmark's table as it printed it. Figures only; nothing here passes or fails.
 */
const run = promisify(execFile);
const BENCHES = [
  {
    file: 'secret-server.bench.ts',
    title: 'Secret Server plugin',
    what: 'Test Settings cold (nothing cached) and warm (tokens cached, connection kept), against the simulator with 20 ms injected latency per request. The limit is the round trips on the critical path × latency.',
  },
  {
    file: 'tpam.bench.ts',
    title: 'TPAM plugin',
    what: "50 sequential and 50 concurrent lookups through the plugin's SSH pool (one connection, up to 4 under load, 4 channels each), beside the way scripts use TPAM today: one OpenSSH `ssh -i key user@host <command>` process per command. 20 ms injected latency per command; two commands per lookup.",
  },
  {
    file: 'access.bench.ts',
    title: 'Access review',
    what: "1,000 pairs (50 users × 20 endpoints) against each simulator with 20 ms injected latency per call and concurrency 8: wall time against the lower bound for that concurrency, calls per operation as the simulators counted them, and the main event loop's longest stall; then 10,000 pairs streamed to a file by the CLI, with its peak heap. Each figure beside its goal (issue 13).",
  },
  {
    file: 'ui-startup.bench.ts',
    title: 'Renderer start',
    what: 'Navigation to an interactive plugin picker in Debian Chromium, and the size of the renderer bundle.',
  },
  {
    file: 'ui-log.bench.ts',
    title: 'Log viewer on a 100 MB Configurator.log',
    what: "Time to the tail, to a filter, to an older page, and the renderer's peak JS heap, on 1,000,000 lines, each beside its goal (issue 12). Text filters are counted from the end of the 200 ms debounce. The tail is timed by the page's own clock, from the start of the navigation to the first frame that shows it, as a watcher added before the page's scripts reports it.",
  },
];

async function main(): Promise<void> {
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const sections: string[] = [];
  for (const bench of BENCHES) {
    process.stdout.write(`Running ${bench.file}…\n`);
    let output: string;
    try {
      const { stdout } = await run(process.execPath, [tsx, path.join('test', 'bench', bench.file)], {
        cwd: ROOT,
        timeout: 15 * 60_000,
        maxBuffer: 16 * 2 ** 20,
      });
      output = stdout.trim();
    } catch (err) {
      output = `(did not complete: ${(err as Error).message.split('\n')[0]})`;
    }
    process.stdout.write(`${output}\n\n`);
    sections.push(`## ${bench.title}\n\n${bench.what}\n\n\`\`\`\n${output}\n\`\`\`\n`);
  }
  const cpus = os.cpus();
  const machine = [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node: ${process.version}`,
  ].join('\n');
  const doc = `# Benchmarks\n\nWritten by \`npm run bench\` (after \`npm run build\`). Figures and ratios only: speed targets live here, never in timed unit tests. All servers are the project's simulators on 127.0.0.1.\n\n## Machine\n\n${machine}\n\n${sections.join('\n')}`;
  writeFileSync(path.join(ROOT, 'docs', 'BENCHMARKS.md'), doc);
  process.stdout.write('Wrote docs/BENCHMARKS.md\n');
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
