import tls from 'node:tls';
import { EcmError } from '../../../shared/errors';
import { errorCodeOf } from './transport-errors';

/**
 * After a TLS failure, looks at the certificate the server presents (without sending anything)
 * so the error can name its subject, issuer and validity instead of an OpenSSL code alone.
 */
export async function tlsError(
  url: string,
  err: unknown,
  options: { ca?: string; timeoutMs: number; step?: string },
): Promise<EcmError> {
  const code = errorCodeOf(err) ?? 'TLS';
  const cert = await peerCertificate(url, options.timeoutMs).catch(() => null);
  const reason = REASONS[code] ?? `the certificate was refused (${code})`;
  const who = cert
    ? ` The server presented "${cert.subject}" issued by "${cert.issuer}", valid ${cert.validFrom} to ${cert.validTo}${cert.altNames ? ` for ${cert.altNames}` : ''}.`
    : '';
  return new EcmError({
    code: 'TLS',
    ...(options.step ? { step: options.step } : {}),
    message: `The TLS certificate of ${new URL(url).host} is not trusted: ${reason}.${who}`,
    hint: options.ca
      ? 'Put the CA certificate that issued this server certificate into "Trusted CA certificate (PEM)", or renew the server certificate. Certificates are always verified.'
      : 'Paste the issuing CA certificate into "Trusted CA certificate (PEM)", or add it to the Windows certificate store. Certificates are always verified.',
  });
}

const REASONS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'it has expired',
  CERT_NOT_YET_VALID: 'it is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'it was issued for another host name',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'it chains to a CA that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not a trusted CA',
};

interface PeerCert {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  altNames?: string;
}

function peerCertificate(url: string, timeoutMs: number): Promise<PeerCert | null> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: target.hostname,
      port: Number(target.port || 443),
      servername: isIpLiteral(target.hostname) ? undefined : target.hostname,
      // Diagnosis only: nothing is sent over this connection; it is closed at once.
      rejectUnauthorized: false,
    });
    const timer = setTimeout(
      () => {
        socket.destroy();
        resolve(null);
      },
      Math.min(timeoutMs, 5000),
    );
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const c = socket.getPeerCertificate();
      socket.destroy();
      if (!c || !c.subject) return resolve(null);
      resolve({
        subject: formatName(c.subject),
        issuer: formatName(c.issuer),
        validFrom: c.valid_from,
        validTo: c.valid_to,
        ...(c.subjectaltname ? { altNames: c.subjectaltname } : {}),
      });
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

function formatName(name: tls.PeerCertificate['subject']): string {
  return Object.entries(name)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');
}

function isIpLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
