import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './static-vault';

export const CLI = path.join(ROOT, 'out', 'cli', 'cli.cjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a separate process, exactly as an administrator would. `watch` sees the
 * output so far after each chunk of standard output, with the process (to send it a signal).
 */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  watch?: (stdout: string, child: ChildProcess) => void,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      watch?.(stdout, child);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
