// tools/bench --suite sla: runs tools/lib/bench-sla.cjs on the compiled tree against the freshly
// migrated bench database and prints its figures. See docs/operators.md#benchmarks.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

export async function benchSla(root, env, options, { log, children }) {
  const [loadAtStart] = loadavg();
  const script = join(root, 'tools', 'lib', 'bench-sla.cjs');
  // On the compiled tree, its @tessera/* imports mapped by tools/paths.cjs.
  const child = spawn(process.execPath, ['-r', join(root, 'tools', 'paths.cjs'), script, String(options.slaInstances), String(options.slaTickets)], {
    cwd: root,
    env: { ...env, TESSERA_SECRET_KEY: randomBytes(32).toString('base64url'), TESSERA_OPERATOR_TOKEN: randomBytes(32).toString('base64url'), LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    output += chunk;
    for (const line of chunk.split('\n')) if (line.startsWith('[tools/bench]')) console.log(line);
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  const line = output.split('\n').find((text) => text.startsWith('BENCH_SLA '));
  if (code !== 0 || !line) throw new Error(`The SLA bench failed (exit ${code})`);
  const results = JSON.parse(line.slice('BENCH_SLA '.length));
  const rows = [
    ['sweep', 'ms', 'queries', 'statements', 'instances', 'clocks', 'warnings', 'breaches', 'steps'],
    ...results.map((r) => [r.label, r.ms.toFixed(1), r.queries, r.statements, r.instances, r.clocks, r.warnings, r.breaches, r.steps].map(String)),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const table = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
  console.log(`
Tessera SLA sweep benchmark: ${options.slaInstances} instances, ${options.slaInstances * options.slaTickets} open tickets with their clocks
Machine: ${cpus().length} CPUs, Node ${process.versions.node}; 1-minute load average ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end
One sweep as the worker runs it (the control-plane query, then each due instance in its tenant transaction), one instance after
the other in one process; queries counted on the application's connections, statements from pg_stat_statements.

${table}
`);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify({ options, results }, null, 2) + '\n');
    log(`Wrote ${options.json}`);
  }
}
