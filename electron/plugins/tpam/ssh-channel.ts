import type { Client as SshClient, ClientChannel } from 'ssh2';
import { EcmError } from '../../../shared/errors';
import { fieldName } from './tpam-field-names';

export interface ExecResult {
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/**
 * Runs one TPAM command on its own exec channel (no pty) of an open connection: stdout read to
 * EOF, stderr kept for diagnostics. Ends in TIMEOUT after `timeoutSeconds`, CANCELLED on abort,
 * CONNECT when the server refuses the channel or the connection drops meanwhile.
 */
export function runOnChannel(
  client: SshClient,
  command: string,
  signal: AbortSignal,
  timeoutSeconds: number,
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let exitCode: number | null = null;
    let settled = false;
    let channel: ClientChannel | undefined;
    const finish = (err: EcmError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      client.removeListener('close', onDrop);
      if (err) {
        channel?.close();
        reject(err);
      } else resolve({ command, stdout, stderr, exitCode });
    };
    const timer = setTimeout(
      () =>
        finish(
          new EcmError({
            code: 'TIMEOUT',
            message: `TPAM did not finish "${commandName(command)}" within ${timeoutSeconds} s.`,
            hint: `TPAM may be overloaded; raise ${fieldName('timeout_seconds')} or try again.`,
          }),
        ),
      timeoutSeconds * 1000,
    );
    const onAbort = () =>
      finish(new EcmError({ code: 'CANCELLED', message: `"${commandName(command)}" was cancelled.` }));
    const onDrop = () =>
      finish(
        new EcmError({
          code: 'CONNECT',
          message: `The SSH connection to TPAM dropped while running "${commandName(command)}".`,
          hint: 'Check the network and TPAM; the next request reconnects.',
        }),
      );
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    client.setMaxListeners(0); // one 'close' listener per channel in flight; bounded by the pool
    client.once('close', onDrop);
    client.exec(command, (err, stream) => {
      if (err)
        return finish(
          new EcmError({
            code: 'CONNECT',
            message: `TPAM refused to run "${commandName(command)}": ${err.message}.`,
          }),
        );
      // Opened after a time-out or cancel gave its place to the next command: close it at once.
      if (settled) return stream.close();
      channel = stream;
      stream.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      stream.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      stream.on('exit', (code: number | null) => (exitCode = code));
      stream.on('close', () => finish(null));
    });
  });
}

/** The command word only: arguments may name accounts, never secrets, but stay out of messages anyway. */
export function commandName(command: string): string {
  return command.trim().split(/\s+/)[0] ?? command;
}
