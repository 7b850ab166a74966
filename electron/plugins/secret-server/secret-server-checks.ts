import { X509Certificate } from 'node:crypto';
import type { SettingsValues } from '../../../shared/plugin/settings-schema';
import type { FieldProblem } from '../../../shared/plugin/settings-validation';
import { SECRET_SERVER_SETTINGS } from './secret-server-settings';

/**
 * The Secret Server plugin's `checkSettings`: the Endpoint URL as the HTTP client parses it and
 * each CA certificate as TLS reads it, on Save, on import and as the admin types. Whether the
 * server answers, and with a certificate that CA issued, is left to Test Settings.
 */

function label(key: string): string {
  return SECRET_SERVER_SETTINGS.find((f) => f.key === key)?.label ?? key;
}

export function checkSecretServerSettings(values: SettingsValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const url = String(values.endpointUrl ?? '').trim();
  const urlProblem = url === '' ? null : endpointUrlProblem(url);
  if (urlProblem)
    problems.push({
      key: 'endpointUrl',
      label: label('endpointUrl'),
      message: `${label('endpointUrl')}: ${urlProblem}`,
    });
  const pem = String(values.caCertificate ?? '');
  const certProblem = pem.trim() === '' ? null : caCertificateProblem(pem);
  if (certProblem)
    problems.push({
      key: 'caCertificate',
      label: label('caCertificate'),
      message: `${label('caCertificate')}: ${certProblem}`,
    });
  return problems;
}

const EXAMPLE = 'https://<server>/SecretServer/webservices/SSWebservice.asmx';

export function endpointUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const port = /^[a-z]+:\/\/[^/?#]*:(\d+)(?:[/?#]|$)/i.exec(url)?.[1];
    const why =
      port !== undefined && Number(port) > 65535
        ? `the port ${port} is not a port number (1–65535)`
        : /^[a-z]+:\/\/\[/i.test(url) || /^[a-z]+:\/\/[^/]*\]/i.test(url)
          ? 'an IPv6 address must be written whole inside [ ]'
          : 'the server name is not a valid host name or address';
    return `'${shown(url)}' is not a URL that can be used: ${why}. Enter it as ${EXAMPLE}.`;
  }
  if (parsed.port === '0')
    return `'${shown(url)}' names port 0, which no server listens on. Leave the port out or use the server's port (1–65535).`;
  if (parsed.hostname === '') return `'${shown(url)}' names no server. Enter it as ${EXAMPLE}.`;
  return null;
}

const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

export function caCertificateProblem(pem: string): string | null {
  const blocks = pem.match(BLOCK) ?? [];
  if (blocks.length === 0)
    return 'no PEM certificate was found. Paste one or more certificates, each from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.';
  const bad: number[] = [];
  blocks.forEach((block, index) => {
    try {
      new X509Certificate(block);
    } catch {
      bad.push(index + 1);
    }
  });
  if (bad.length === 0) return null;
  const which = blocks.length === 1 ? 'the certificate' : `certificate ${bad.join(', ')} of ${blocks.length}`;
  return `${which} cannot be read as an X.509 certificate (it may be cut short or changed). Paste it again from the CA's certificate file (Base-64 encoded X.509, .cer/.crt/.pem), or use Load from file…`;
}

function shown(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
