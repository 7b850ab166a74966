import { describe, expect, it } from 'vitest';
import { scan } from './security-scan.mjs';

type ScanResult = { findings: { id: string }[]; unexplained: unknown[]; stale: unknown[]; parseErrors: unknown[] };

describe('security scan (Electronegativity)', () => {
  it('finds only allow-listed items in the shell and renderer', async () => {
    const result = (await scan()) as ScanResult;
    // It really scans: the accepted findings are found again.
    expect(result.findings.map((f) => f.id).sort()).toEqual([
      'CSP_GLOBAL_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'PRELOAD_JS_CHECK',
    ]);
    expect(result.unexplained).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.parseErrors).toEqual([]);
  }, 60_000);

  it('reports an Electron older than the newest release of its line, offline', async () => {
    // 45.3.1 is followed by 45.3.2–45.3.4 in the shipped release list.
    const result = (await scan({ electronVersion: '45.3.1' })) as ScanResult;
    expect(result.findings.map((f) => f.id)).toContain('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK');
    expect(result.unexplained).toHaveLength(1);
  }, 60_000);
});
