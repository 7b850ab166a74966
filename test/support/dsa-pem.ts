import { generateKeyPairSync } from 'node:crypto';

/**
 * A DSA private key in the traditional `BEGIN DSA PRIVATE KEY` PEM (what TPAM's "Download Key"
 * gave out), which Node cannot export directly: read p, q, g and x from the PKCS#8 DER, compute
 * y = g^x mod p, and write OpenSSL's SEQUENCE { 0, p, q, g, y, x }. 1024-bit with a 160-bit q,
 * because ssh-dss is defined for those only (FIPS 186-2): larger keys do not fit its signature.
 */
export function dsaTraditionalPem(): string {
  const der = generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).privateKey.export({
    type: 'pkcs8',
    format: 'der',
  });
  const top = tlvAt(der, 0);
  const [, algorithm, octets] = children(der, top);
  const [, params] = children(der, algorithm!);
  const [p, q, g] = children(der, params!).map((t) => toBigInt(der, t));
  const x = toBigInt(der, tlvAt(der, octets!.start));
  const y = modPow(g!, x, p!);
  const body = Buffer.concat([0n, p!, q!, g!, y, x].map(integer));
  return `-----BEGIN DSA PRIVATE KEY-----\n${encode(0x30, body)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END DSA PRIVATE KEY-----\n`;
}

interface Tlv {
  start: number;
  end: number;
}

function tlvAt(b: Buffer, offset: number): Tlv {
  let length = b[offset + 1]!;
  let header = 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + b[offset + 2 + i]!;
    header = 2 + n;
  }
  return { start: offset + header, end: offset + header + length };
}

function children(b: Buffer, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let o = parent.start; o < parent.end;) {
    const child = tlvAt(b, o);
    out.push(child);
    o = child.end;
  }
  return out;
}

function toBigInt(b: Buffer, t: Tlv): bigint {
  return BigInt(`0x${b.subarray(t.start, t.end).toString('hex') || '0'}`);
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}

function integer(n: bigint): Buffer {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return encode(0x02, bytes);
}

function encode(tag: number, body: Buffer): Buffer {
  const n = body.length;
  let length: Buffer;
  if (n < 128) length = Buffer.from([n]);
  else {
    let hex = n.toString(16);
    if (hex.length % 2) hex = `0${hex}`;
    const bytes = Buffer.from(hex, 'hex');
    length = Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, body]);
}
