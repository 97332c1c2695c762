// Lighthouse's performance audit, run the way a new user would run it: npm's
// lighthouse with Debian's Chromium, a fresh browser per run (so each run
// pays for starting the GPU process, as a first visit does), mobile or
// desktop settings. Lighthouse's mobile setting simulates a CPU four times
// slower, so a 20-ms task here counts as 80 ms there.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const FLAGS = [
  '--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update',
];

// One audit: the score (0-100) and the metrics Lighthouse weighs, in ms
// (layout shift unitless), plus the long tasks it saw.
export async function audit(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' },
      formFactor === 'desktop' ? desktopConfig : undefined);
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      si: value('speed-index'),
      tti: value('interactive'),
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
        .map((t) => ({ url: t.url.split('/').pop() || t.url, ms: Math.round(t.duration) })),
      opportunities: Object.values(lhr.audits)
        .filter((a) => a.details?.type === 'opportunity' && a.score !== null && a.score < 0.9)
        .map((a) => a.title),
    };
  } finally {
    await chrome.kill();
  }
}

// Each metric's median over several runs; the long tasks and opportunities
// are those of the run with the median score.
export async function medianAudit(url, formFactor, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await audit(url, formFactor));
  const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  const typical = [...results].sort((a, b) => a.score - b.score)[Math.floor(runs / 2)];
  const out = { ...typical, runs: results };
  for (const key of ['score', 'fcp', 'lcp', 'tbt', 'cls', 'si', 'tti']) out[key] = median(key);
  return out;
}
