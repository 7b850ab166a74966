import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * A throw-away certificate authority and server certificates for TLS tests (HTTPS simulators,
 * trust and hostname-mismatch checks). Keys come from Node's native RSA generator, because
 * forge's pure-JS generator takes seconds per 2048-bit key; forge only builds and signs the
 * X.509 structures (SHA-256).
 */

export interface TestCa {
  commonName: string;
  certPem: string;
  keyPem: string;
  /** forge objects, for signing further certificates */
  cert: forge.pki.Certificate;
  privateKey: forge.pki.rsa.PrivateKey;
}

export interface ServerCertOptions {
  commonName?: string;
  dnsNames?: string[];
  ipAddresses?: string[];
  notBefore?: Date;
  notAfter?: Date;
}

export interface IssuedCert {
  certPem: string;
  keyPem: string;
}

interface RsaKeyPair {
  keyPem: string;
  publicKey: forge.pki.rsa.PublicKey;
  privateKey: forge.pki.rsa.PrivateKey;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function generateRsaKeyPair(): RsaKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return {
    keyPem: privateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey),
    privateKey: forge.pki.privateKeyFromPem(privateKey),
  };
}

/** A positive serial (leading 00 byte would be stripped; a leading 01 keeps the sign bit clear). */
function randomSerial(): string {
  return `01${randomBytes(15).toString('hex')}`;
}

// Key generation is the only slow step: a test file that asks for the same CA twice, or issues
// several server certificates, pays for it once. One leaf key is shared by all server
// certificates of this module, which is fine for tests (trust is decided by the CA signature).
const caCache = new Map<string, TestCa>();
let sharedLeafKey: RsaKeyPair | undefined;

export function createTestCa(commonName = 'ECM Test CA'): TestCa {
  const cached = caCache.get(commonName);
  if (cached) return cached;

  const keys = generateRsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = randomSerial();
  const now = Date.now();
  cert.validity.notBefore = new Date(now - DAY_MS);
  cert.validity.notAfter = new Date(now + 3650 * DAY_MS);
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'ECM Configurator Tests' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());

  const ca: TestCa = {
    commonName,
    certPem: forge.pki.certificateToPem(cert),
    keyPem: keys.keyPem,
    cert,
    privateKey: keys.privateKey,
  };
  caCache.set(commonName, ca);
  return ca;
}

/**
 * A server certificate signed by `ca`. Pass `notAfter` in the past for an expired certificate,
 * or `dnsNames: ['other.example'], ipAddresses: []` for one that does not match 127.0.0.1.
 */
export function issueServerCert(ca: TestCa, options: ServerCertOptions = {}): IssuedCert {
  const { commonName = 'localhost', dnsNames = ['localhost'], ipAddresses = ['127.0.0.1'] } = options;
  const now = Date.now();
  const notBefore = options.notBefore ?? new Date(now - DAY_MS);
  const notAfter = options.notAfter ?? new Date(now + 365 * DAY_MS);

  sharedLeafKey ??= generateRsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = sharedLeafKey.publicKey;
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  cert.setSubject([{ name: 'commonName', value: commonName }]);
  cert.setIssuer(ca.cert.subject.attributes);
  const altNames = [
    ...dnsNames.map((value) => ({ type: 2 /* dNSName */, value })),
    ...ipAddresses.map((ip) => ({ type: 7 /* iPAddress */, ip })),
  ];
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    ...(altNames.length > 0 ? [{ name: 'subjectAltName', altNames }] : []),
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.cert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(ca.privateKey, forge.md.sha256.create());

  return { certPem: forge.pki.certificateToPem(cert), keyPem: sharedLeafKey.keyPem };
}
