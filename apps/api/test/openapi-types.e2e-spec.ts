import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '../../..');

// The web app's client is typed from the committed schema; a route or DTO changed without
// running tools/openapi must fail here, not in a browser. The generator runs as tools/openapi
// runs it: the compiled command line (tools/test builds before the tests).
describe('the web app API types', () => {
  it('match the OpenAPI document of the API as it is', async () => {
    const committed = readFileSync(join(root, 'apps/web/src/api/schema.d.ts'), 'utf8');
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', join(root, 'tools/paths.cjs'), join(root, 'dist/apps/api/src/cli.js'), 'openapi', '--types'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toContain('"/api/v1/t/{slug}/portal/tickets/{reference}"');
    if (committed !== stdout) throw new Error('apps/web/src/api/schema.d.ts is out of date: run tools/openapi');
  });
});
