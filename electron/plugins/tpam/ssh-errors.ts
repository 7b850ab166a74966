import { EcmError } from '../../../shared/errors';
import { fingerprintSha256, keyTypeOf, type HostKeyVerdict } from './known-hosts';
import { fieldName } from './tpam-field-names';

interface SshErrorLike {
  level?: string;
  code?: string;
  message?: string;
}

export interface ConnectFacts {
  host: string;
  port: number;
  user: string;
  timeoutSeconds: number;
  presentedKey?: Buffer;
  verdict?: HostKeyVerdict;
}

/** An SSH connection failure as the admin needs to read it: host key, login, time-out or network. */
export function connectError(err: unknown, facts: ConnectFacts): EcmError {
  const e = err as SshErrorLike;
  const where = `${facts.host}:${facts.port}`;
  if (facts.verdict && !facts.verdict.ok && facts.presentedKey) {
    const presented = `${keyTypeOf(facts.presentedKey) ?? 'unknown'} ${fingerprintSha256(facts.presentedKey)}`;
    const why =
      facts.verdict.reason === 'unknown-host'
        ? `no line of ${fieldName('server_public_key')} is for ${facts.port === 22 ? facts.host : `[${facts.host}]:${facts.port}`}`
        : facts.verdict.reason === 'revoked'
          ? `that key is marked @revoked in ${fieldName('server_public_key')}`
          : `it does not match the pinned ${facts.verdict.expectedTypes.join(', ')} key — the key may have changed, or this is not the TPAM appliance`;
    return new EcmError({
      code: 'HOST_KEY_MISMATCH',
      field: 'values.server_public_key',
      message: `The SSH host key presented by ${where} (${presented}) was refused: ${why}.`,
      hint: `Compare this fingerprint with the one shown on the TPAM appliance console. Use "Fetch host key" to read the current key, confirm it, and save it in ${fieldName('server_public_key')}. A changed key is never trusted silently.`,
    });
  }
  if (e?.level === 'client-authentication') {
    return new EcmError({
      code: 'LOGIN_FAILED',
      message: `TPAM refused public-key authentication for the ${fieldName('server_user')} '${facts.user}' at ${where}.`,
      hint: `Check the ${fieldName('server_user')} (its case must match the TPAM CLI UserID) and that the ${fieldName('server_user_key')} is the private key of that CLI user (with its passphrase, if any).`,
    });
  }
  if (e?.level === 'client-timeout' || /timed out/i.test(e?.message ?? '')) {
    return new EcmError({
      code: 'TIMEOUT',
      message: `TPAM at ${where} did not complete the SSH connection within ${facts.timeoutSeconds} s.`,
      hint: `Check that TPAM is reachable on this port from this server, or raise ${fieldName('timeout_seconds')}.`,
    });
  }
  const code = e?.code ?? '';
  const what =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? 'the host name could not be resolved'
      : code === 'ECONNREFUSED'
        ? 'the connection was refused'
        : `the connection failed (${e?.message ?? String(err)})`;
  return new EcmError({
    code: 'CONNECT',
    message: `Cannot reach TPAM at ${where}: ${what}.`,
    hint: `Check the ${fieldName('server')} and ${fieldName('server_port')}, DNS and the firewall (SSH from this server to TPAM).`,
  });
}
