// Fails when an installed package declares an engines.node range that the running Node does not satisfy
// (what npm ci only warns about as EBADENGINE). Reads node_modules/.package-lock.json, which npm ci writes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function engineMismatches(root, nodeVersion = process.versions.node) {
  const semver = createRequire(join(root, 'package.json'))('semver');
  const lock = JSON.parse(readFileSync(join(root, 'node_modules', '.package-lock.json'), 'utf8'));
  const mismatches = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const range = entry.engines?.node;
    if (!range) continue;
    if (!semver.satisfies(nodeVersion, range, { includePrerelease: true })) {
      mismatches.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs node ${range}`);
    }
  }
  return mismatches;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const mismatches = engineMismatches(resolve(import.meta.dirname, '..', '..'));
  if (mismatches.length > 0) {
    console.error(`Packages that do not support Node ${process.versions.node}:\n  ${mismatches.join('\n  ')}`);
    process.exit(1);
  }
}
