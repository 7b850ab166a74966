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
 * How long a channel the client closed early (time-out, cancel) may take to be closed by the
 * server before its place is counted free anyway, so that a server that never answers cannot hold
 * a place for good. An SSH server counts a session until its own close (sshd: once the command
 * has ended), so a place reused sooner may be refused.
 */
export const CHANNEL_CLOSE_WAIT_MS = 10_000;

/**
 * Runs one TPAM command on its own exec channel (no pty) of an open connection: stdout read to
 * EOF, stderr kept for diagnostics. Ends in TIMEOUT after `timeoutSeconds`, CANCELLED on abort,
 * CONNECT when the server refuses the channel or the connection drops meanwhile.
 * `onPlaceFree` is called once, when the channel's place on the connection can be used again:
 * the server has closed the channel, none was opened, the connection is gone, or a channel the
 * client closed early was not closed by the server within `closeWaitMs`.
 */
export function runOnChannel(
  client: SshClient,
  command: string,
  signal: AbortSignal,
  timeoutSeconds: number,
  onPlaceFree: () => void,
  closeWaitMs = CHANNEL_CLOSE_WAIT_MS,
): Promise<ExecResult> {
  let placeFree = false;
  let closeWait: NodeJS.Timeout | undefined;
  const freePlace = () => {
    if (placeFree) return;
    placeFree = true;
    clearTimeout(closeWait);
    client.removeListener('close', freePlace);
    onPlaceFree();
  };
  client.setMaxListeners(0); // two 'close' listeners per channel in flight; bounded by the pool
  client.once('close', freePlace);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let exitCode: number | null = null;
    let settled = false;
    let requested = false;
    let channel: ClientChannel | undefined;
    const finish = (err: EcmError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      client.removeListener('close', onDrop);
      if (!err) return resolve({ command, stdout, stderr, exitCode });
      if (!requested) freePlace();
      else if (!placeFree) {
        // Closed now (or as soon as it opens); the place is free once the server has closed it too.
        channel?.close();
        closeWait = setTimeout(freePlace, closeWaitMs);
        closeWait.unref();
      }
      reject(err);
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
    client.once('close', onDrop);
    requested = true;
    const refused = (reason: string) =>
      new EcmError({ code: 'CONNECT', message: `TPAM refused to run "${commandName(command)}": ${reason}.` });
    try {
      client.exec(command, (err, stream) => {
        if (err) {
          freePlace(); // no channel to wait for: it was not opened, or the server closed it
          return finish(refused(err.message));
        }
        stream.on('close', () => {
          finish(null);
          freePlace();
        });
        if (settled) {
          // Opened after a time-out or cancel: close it at once. Read to its end, or ssh2 never
          // reports the server's close, which is when its place is free.
          stream.resume();
          return stream.close();
        }
        channel = stream;
        stream.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        stream.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
        stream.on('exit', (code: number | null) => (exitCode = code));
      });
    } catch (err) {
      // ssh2 throws at once when the connection is already gone ("Not connected").
      freePlace();
      finish(refused((err as Error).message));
    }
  });
}

/** The command word only: arguments may name accounts, never secrets, but stay out of messages anyway. */
export function commandName(command: string): string {
  return command.trim().split(/\s+/)[0] ?? command;
}
