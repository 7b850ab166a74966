import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanChunk } from '../../../../electron/core/log/log-control-bytes';
import { ChunkGrep, grepPiece } from '../../../../electron/core/log/log-grep-bytes';
import { headerLevelEnd, headerRank } from '../../../../electron/core/log/log-header-bytes';
import { readLogPage, type ReadLogOptions } from '../../../../electron/core/log/log-reader';
import { useTempDirs } from '../../../support/temp-dir';
import { referenceReadLog } from './log-reader-reference';

const HEADER = '[2026-11-22 10:00:00.000]';

/** Lines likely to trip a byte scanner: multi-byte UTF-8, case that folds outside ASCII, controls, CR, near-headers. */
const piece = fc.constantFrom(
  'Login',
  'LOGIN',
  'login',
  'Émile',
  'émile',
  'ÉMILE',
  '日本',
  'K',
  'ſ',
  'İ',
  'x1b',
  '\u001b',
  '\r',
  '\t',
  ' ',
  '\\',
  'CORP\\alice',
  'ß',
  '[',
  ']',
  'at',
);
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join(''));
const header = fc
  .tuple(
    fc.constantFrom('debug', 'info', 'warn', 'error', 'verbose', 'silly', 'Info', 'ERROR'),
    fc.constantFrom('[core] ', '[secret-server] ', '[tp am] ', ''),
    text,
  )
  .map(([level, scope, message]) => `${HEADER} [${level}] ${scope}${message}`);
const line = fc.oneof(
  header,
  header,
  text.map((t) => `    ${t}`),
  text,
  fc.constantFrom('', '\r', `${HEADER} [info]`, `[2026-11-22 10:00:00.00] [info] x`),
);
const log = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''));
const grep = fc.option(fc.oneof(piece, text, fc.constantFrom('core login', 'Login failed', ' ', 'émile at')), {
  nil: undefined,
});
const level = fc.option(fc.constantFrom('debug', 'info', 'warn', 'error' as const), { nil: undefined });

describe('the byte scan of Configurator.log', () => {
  const tempDir = useTempDirs();

  it('answers exactly what decoding every line answered, whatever the text and the chunk boundaries', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    await fc.assert(
      fc.asyncProperty(
        log,
        grep,
        level,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 64 }),
        async (content, needle, minLevel, tail, chunkBytes) => {
          writeFileSync(file, content);
          const options: ReadLogOptions = {
            tail,
            ...(needle !== undefined ? { grep: needle } : {}),
            ...(minLevel ? { minLevel } : {}),
          };
          const page = await readLogPage(file, { ...options, chunkBytes });
          const expected = referenceReadLog(file, options);
          expect(page.lines).toEqual(expected.lines);
          expect(page.startOffset).toBe(expected.startOffset);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds a needle in a multi-byte entry cut by a chunk boundary, and its continuation lines', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    const long = `${'é'.repeat(200_000)}NEEDLE ÉMILE 日本`; // 400 KB: over a 256 KiB chunk boundary
    writeFileSync(
      file,
      [
        `${HEADER} [info] [core] first`,
        `${HEADER} [warn] [tpam] head`,
        `    ${long}`,
        `${HEADER} [info] [core] last`,
      ].join('\n'),
    );
    for (const needle of ['needle', 'émile', 'Émile 日本']) {
      const page = await readLogPage(file, { tail: 10, grep: needle });
      expect(
        page.lines.map((l) => l.scope),
        needle,
      ).toEqual(['tpam']);
      expect(page.lines[0]!.message).toBe(`head\n${long}`);
    }
  });

  it('recognises a header from its bytes exactly as the header expression does', () => {
    const at = (s: string) => headerLevelEnd(Buffer.from(s), 0, Buffer.byteLength(s));
    expect(at(`${HEADER} [warn] [core] x`)).toBe(31);
    expect(headerRank(Buffer.from(`${HEADER} [warn] x`), 0, 31)).toBe(30);
    expect(headerRank(Buffer.from(`${HEADER} [verbose] x`), 0, 34)).toBe(10);
    expect(at(`${HEADER} [warn]`)).toBe(-1); // no space after the level
    expect(at(`${HEADER} [] x`)).toBe(-1);
    expect(at(`[2026-11-22 10:00:00.0x0] [info] x`)).toBe(-1);
  });

  it('marks non-ASCII, controls and a CR inside a line as special, and nothing else', () => {
    const ranges = (s: string) => {
      const r = scanChunk(Buffer.from(s, 'latin1'));
      return r.starts.map((start, k) => s.slice(start, r.ends[k]));
    };
    expect(ranges('plain\ttext\r\nnext line\n')).toEqual([]);
    expect(ranges('a\u001bb\rc\u007fd')).toEqual(['\u001b', '\r', '\u007f']);
    expect(ranges('x\u00e9\u00e9y')).toEqual(['\u00e9\u00e9']);
  });

  it('lower-cases ASCII four bytes at a time at any alignment, byte for byte', () => {
    const text = 'Az@[`{ CORP\\Alice ZZ\tMixed Case TEXT 0123456789 ~\u007f';
    const pool = Buffer.from(`....${text}....`, 'latin1');
    for (let start = 0; start < 4; start++) {
      for (const end of [start + text.length, start + text.length - 3]) {
        const slice = pool.subarray(start + 4, end + 4);
        expect(scanChunk(slice).lower.toString('latin1'), `${start}-${end}`).toBe(
          slice.toString('latin1').toLowerCase(),
        );
      }
    }
  });

  it('searches the longest piece of the needle between spaces', () => {
    expect(grepPiece('Core  Login\tFailed')).toBe('failed');
    expect(grepPiece('   ')).toBeNull();
    const grep = new ChunkGrep(Buffer.from('one LOGIN\ntwo\nthree é\n'), 'login');
    expect([grep.candidate(14, 22), grep.candidate(10, 13), grep.candidate(0, 9)]).toEqual([true, false, true]);
  });
});

describe('the byte scan sharing one lower-case scratch buffer', () => {
  const tempDir = useTempDirs();

  it('lower-cases a short chunk right after a longer one, at another alignment', () => {
    const pool = Buffer.from(`.${'ABCD'.repeat(300)}.Short MIXED text`, 'latin1');
    expect(scanChunk(pool.subarray(1, 1201)).lower.toString('latin1')).toBe('abcd'.repeat(300));
    expect(scanChunk(pool.subarray(1202)).lower.toString('latin1')).toBe('short mixed text');
  });

  it('answers two filtered reads running at once as each would alone', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    const lines = Array.from(
      { length: 4000 },
      (_, i) => `${HEADER} [info] [core] entry ${i} ${i % 7 === 0 ? 'Alpha' : i % 5 === 0 ? 'BETA' : 'plain'}`,
    );
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    // Tiny chunks, so both reads interleave chunk by chunk between their awaits.
    const [alpha, beta] = await Promise.all([
      readLogPage(file, { tail: 300, grep: 'alpha', chunkBytes: 512 }),
      readLogPage(file, { tail: 300, grep: 'Beta', chunkBytes: 768 }),
    ]);
    expect(alpha.lines).toEqual(referenceReadLog(file, { tail: 300, grep: 'alpha' }).lines);
    expect(beta.lines).toEqual(referenceReadLog(file, { tail: 300, grep: 'Beta' }).lines);
    expect(alpha.lines).toHaveLength(300);
  });
});
