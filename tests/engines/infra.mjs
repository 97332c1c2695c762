// What the engine suite needs around the browsers: its npm packages (kept in
// tests/e2e's node_modules), a virtual display, free ports, time limits, and
// a list of everything to undo, so that no browser, driver or Xvfb outlives
// the run, whether it passes, fails or is interrupted.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

// The packages live in tests/e2e/package.json; resolve them from there.
export const requireE2e = createRequire(new URL('../e2e/package.json', import.meta.url));

// ---------------------------------------------------------------------------
// Clean-up: undone last first, each at most once, errors only reported.
// ---------------------------------------------------------------------------
const undo = [];
let stopping = false;
// Once an interrupted run is cleaning up, nothing new may start.
export const isStopping = () => stopping;

export function onCleanup(label, fn) {
  const entry = { label, fn };
  if (stopping) { // started while the run was being stopped: undo at once
    const done = runStep(entry);
    return () => done;
  }
  undo.push(entry);
  // Runs the step now (when it is done with) and drops it from the list.
  return async () => {
    const i = undo.indexOf(entry);
    if (i < 0) return;
    undo.splice(i, 1);
    await runStep(entry);
  };
}
export async function cleanupAll({ final = false } = {}) {
  if (final) stopping = true;
  while (undo.length) await runStep(undo.pop());
}
async function runStep({ label, fn }) {
  try {
    await withTimeout(Promise.resolve().then(fn), 20_000, `cleaning up ${label}`);
  } catch (err) {
    console.error(`# clean-up of ${label} failed: ${err.message}`);
  }
}

// ---------------------------------------------------------------------------
// Child processes, each in its own process group: WebKitWebDriver starts
// MiniBrowser and its web processes, and killing the group ends them all.
// ---------------------------------------------------------------------------
export function spawnGroup(command, args, { env = process.env, stdio = 'ignore' } = {}) {
  if (stopping) throw new Error(`not starting ${command}: the run is stopping`);
  const child = spawn(command, args, { env, stdio, detached: true });
  const exited = new Promise((r) => child.once('exit', r));
  const stop = onCleanup(`${command} (pid ${child.pid})`, async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(3000)]);
    }
    killGroup(child.pid, 'SIGKILL'); // the leader, if it hung, and anything it left in its group
  });
  child.once('error', () => {});
  return { child, exited, stop };
}
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

// Xvfb on a display number it picks itself (-displayfd writes it back), so
// the run never collides with another X server or needs one to exist.
export async function startXvfb() {
  const { child, stop } = spawnGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d) => { errors += d; });
  const display = await withTimeout(new Promise((resolve, reject) => {
    let text = '';
    child.stdio[3].on('data', (d) => {
      text += d;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
    child.once('error', reject);
  }), 15_000, 'starting Xvfb');
  return { display, stop };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

// Polls `probe` until it returns something truthy.
export async function until(probe, { timeout = 15_000, every = 100, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
    await sleep(every);
  }
}
