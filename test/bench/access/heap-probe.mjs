/**
 * Preloaded into the CLI process by the access benchmark (`node --import ./heap-probe.mjs
 * out/cli/cli.cjs …`), so the CLI's peak memory is measured inside it without a hook in the
 * product: process.memoryUsage() every 20 ms, the peaks written as JSON to $ECM_HEAP_REPORT when
 * the process exits.
 */
import { writeFileSync } from 'node:fs';

const reportFile = process.env.ECM_HEAP_REPORT;
if (reportFile) {
  const peak = { heapUsed: 0, heapTotal: 0, rss: 0, external: 0, samples: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
    peak.rss = Math.max(peak.rss, m.rss);
    peak.external = Math.max(peak.external, m.external);
    peak.samples++;
  };
  setInterval(sample, 20).unref();
  process.on('exit', () => {
    sample();
    writeFileSync(reportFile, JSON.stringify(peak));
  });
}
