import { describe, expect, it } from 'vitest';
import { scan } from './security-scan.mjs';

describe('security scan (Electronegativity)', () => {
  it('finds only allow-listed items in the shell and renderer', async () => {
    const result = (await scan()) as { findings: { id: string }[]; unexplained: unknown[]; stale: unknown[]; parseErrors: unknown[] };
    // It really scans: the accepted findings are found again.
    expect(result.findings.map((f) => f.id).sort()).toEqual(['CSP_GLOBAL_CHECK', 'PRELOAD_JS_CHECK']);
    expect(result.unexplained).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.parseErrors).toEqual([]);
  }, 60_000);
});
