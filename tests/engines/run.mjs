#!/usr/bin/env node
// The lesson's core checks in Chromium, Firefox and WebKit, results side by
// side. Runs on a machine with no display: it starts its own Xvfb, and
// stops every browser, driver and server it started, pass or fail.
//
//   node tests/engines/run.mjs [--engines=firefox,webkit] [--checks=load,keyboard]
//
// DOTLAB_DIST: the built site to test (default dist/). Screenshots go to
// build/screenshots/engines/ (DOTLAB_ENGINE_SHOTS overrides). Exit status 1
// if any check fails in any engine.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHECKS } from './checks.mjs';
import { cleanupAll, isStopping, onCleanup, startXvfb, withTimeout } from './infra.mjs';
import { formatReport } from './report.mjs';
import { HOOK_FILE, injectHook, serveWithHook } from './server.mjs';
import * as chromium from './adapters/chromium.mjs';
import * as firefox from './adapters/firefox.mjs';
import * as webkit from './adapters/webkit.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const DIST = resolve(process.env.DOTLAB_DIST || join(ROOT, 'dist'));
const SHOTS = resolve(process.env.DOTLAB_ENGINE_SHOTS || join(ROOT, 'build/screenshots/engines'));
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

const ADAPTERS = { chromium, firefox, webkit };
const BUDGET_SECONDS = 180; // per engine, for Firefox and WebKit (the issue's limit)
const START_TIMEOUT = 90_000;
const CHECK_TIMEOUT = 60_000;

function option(name, all) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!arg) return all;
  const picked = arg.slice(name.length + 3).split(',').filter(Boolean);
  const unknown = picked.filter((p) => !all.includes(p));
  if (unknown.length) throw new Error(`unknown ${name}: ${unknown.join(', ')} (known: ${all.join(', ')})`);
  return picked;
}

// dotlab.html as shipped, plus the console hook (a file next to it), in a
// directory of its own: a file:// page has no server to add the hook.
function prepareOfflineCopy() {
  const source = join(DIST, 'dotlab.html');
  if (!existsSync(source)) throw new Error(`${source} is missing: build the site first`);
  const dir = mkdtempSync(join(tmpdir(), 'dotlab-offline-'));
  onCleanup('offline copy', () => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'dotlab.html'), injectHook(readFileSync(source, 'utf8'), 'console-hook.js'));
  copyFileSync(HOOK_FILE, join(dir, 'console-hook.js'));
  return pathToFileURL(join(dir, 'dotlab.html')).href;
}

// Runs `checks` in one engine: the ones that need WebGL in one browser, the
// no-WebGL one in a second browser started with WebGL switched off.
async function runEngine(name, checks, ctx) {
  const started = Date.now();
  const result = { version: '?', checks: {}, facts: {} };
  for (const webgl of [true, false]) {
    const group = checks.filter((c) => (c.webgl ?? true) === webgl);
    if (!group.length || isStopping()) continue;
    let engine;
    try {
      engine = await withTimeout(ADAPTERS[name].start({ display: ctx.display, webgl }), START_TIMEOUT, `starting ${name}`);
      if (webgl) result.version = engine.version;
    } catch (err) {
      for (const c of group) result.checks[c.id] = { status: 'fail', detail: `${name} did not start: ${err.message}` };
      continue;
    }
    for (const check of group) {
      result.checks[check.id] = await runCheck(engine, check, ctx, result.facts);
      const r = result.checks[check.id];
      console.log(`# ${name} ${check.id}: ${r.status} (${(r.ms / 1000).toFixed(1)} s)${r.status === 'pass' ? '' : ` ${r.detail.split('\n')[0]}`}`);
    }
    await withTimeout(engine.stop(), 30_000, `stopping ${name}`).catch((err) => console.error(`# ${err.message}`));
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

async function runCheck(engine, check, ctx, facts) {
  const started = Date.now();
  const supported = check.supported ? check.supported(engine) : true;
  if (supported !== true) return { status: 'n/a', detail: supported, ms: 0 };
  let outcome;
  try {
    Object.assign(facts, await withTimeout(check.run(engine, ctx), CHECK_TIMEOUT, check.id));
    outcome = { status: 'pass', detail: '' };
  } catch (err) {
    outcome = { status: 'fail', detail: err.message };
  }
  await withTimeout(engine.closePage(), 15_000, 'closing the page').catch(() => {});
  return { ...outcome, ms: Date.now() - started };
}

async function main() {
  const engines = option('engines', Object.keys(ADAPTERS));
  const checks = CHECKS.filter((c) => option('checks', CHECKS.map((x) => x.id)).includes(c.id));
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: build the site first`);

  const { display } = await startXvfb();
  const lesson = await serveWithHook(DIST, { csp: true });
  onCleanup('lesson server', lesson.close);
  const host = await serveWithHook(FIXTURES); // another origin, a host with no policy of its own
  onCleanup('host server', host.close);
  const ctx = { display, lesson, host, offlineUrl: prepareOfflineCopy(), shots: SHOTS };
  console.log(`# testing ${DIST} on display ${display}; screenshots in ${SHOTS}`);

  const results = {};
  for (const name of engines) {
    if (!isStopping()) results[name] = await runEngine(name, checks, ctx);
  }
  console.log(formatReport(checks, engines, results, { budgetSeconds: BUDGET_SECONDS }));
  return Object.values(results).some((r) => Object.values(r.checks).some((c) => c.status === 'fail')) ? 1 : 0;
}

// Interrupted or crashed: still stop every process this run started.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    console.error(`# ${signal}: cleaning up`);
    await cleanupAll({ final: true });
    process.exit(130);
  });
}

let status = 1;
try {
  status = await main();
} catch (err) {
  console.error(err.stack || err.message);
} finally {
  await cleanupAll({ final: true });
}
process.exit(status);
