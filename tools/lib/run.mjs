// Small process helpers shared by the tools scripts.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export function run(command, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})\n${output}`), { code }));
    });
  });
}

export function bin(root, name) {
  return join(root, 'node_modules', '.bin', name);
}

// Asks a child process to stop and waits until it has; one that is already gone resolves at once.
// Given a timeout, one still running after it is killed.
export function stopChild(child, timeoutMs) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const stuck = timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(stuck);
      done();
    });
    child.kill('SIGTERM');
  });
}
