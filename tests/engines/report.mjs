// The results of all engines side by side: one row per check, one column
// per engine, then why each failure failed and the facts the engines
// disagree on (layout sizes, timings) so a difference can be fixed in the
// page rather than discovered by a learner.

// results: { [engine]: { version, seconds, checks: { [id]: { status, detail, ms } }, facts: { [name]: value } } }
export function formatReport(checks, engines, results, { budgetSeconds } = {}) {
  const lines = [];
  const versions = engines.map((e) => `${e} ${results[e]?.version ?? '?'}`).join(', ');
  lines.push('', `Dot Lab in ${engines.length} engine${engines.length === 1 ? '' : 's'} (${versions})`, '');

  const rows = checks.map((c) => [`${c.id}: ${c.title}`, ...engines.map((e) => cell(results[e]?.checks[c.id]))]);
  rows.push(['total time', ...engines.map((e) => seconds(results[e], budgetSeconds))]);
  lines.push(...table(['check', ...engines], rows));

  const failures = listed(checks, engines, results, 'fail');
  if (failures.length) lines.push('', 'Failures:', ...failures);
  const skipped = listed(checks, engines, results, 'n/a');
  if (skipped.length) lines.push('', 'Not applicable:', ...skipped);

  const facts = [...new Set(engines.flatMap((e) => Object.keys(results[e]?.facts ?? {})))];
  if (facts.length) {
    const factRows = facts.map((name) => {
      const values = engines.map((e) => String(results[e]?.facts?.[name] ?? '-'));
      // Timings (facts named "... ms ...") always differ a little: not compared.
      const timing = /\bms\b/.test(name);
      const differs = !timing && new Set(values.filter((v) => v !== '-')).size > 1;
      return [`${differs ? '≠ ' : '  '}${name}`, ...values];
    });
    lines.push('', 'Facts (≠: the engines differ):', ...table(['  fact', ...engines], factRows));
  }
  const slow = engines.filter((e) => budgetSeconds && results[e]?.seconds > budgetSeconds && e !== 'chromium');
  if (slow.length) lines.push('', `Over the ${budgetSeconds} s budget per engine: ${slow.join(', ')}`);
  return lines.join('\n');
}

function cell(result) {
  if (!result) return '-';
  return result.status === 'pass' ? 'pass' : result.status === 'fail' ? 'FAIL' : 'n/a';
}

function seconds(result, budget) {
  if (!result) return '-';
  return `${result.seconds.toFixed(0)} s${budget && result.seconds > budget ? ' (over)' : ''}`;
}

function listed(checks, engines, results, status) {
  const out = [];
  for (const c of checks) {
    for (const e of engines) {
      const r = results[e]?.checks[c.id];
      if (r?.status !== status) continue;
      const detail = r.detail.split('\n').map((l, i) => (i ? '      ' : '') + l).join('\n');
      out.push(`  [${e}] ${c.id}: ${detail}`);
    }
  }
  return out;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
