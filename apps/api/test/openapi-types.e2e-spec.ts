import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '../../..');

// What tools/openapi writes, as it writes it: the compiled command line (tools/test builds before
// the tests).
async function generated(flag: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', join(root, 'tools/paths.cjs'), join(root, 'dist/apps/api/src/cli.js'), 'openapi', flag], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

// The web app's client is typed from the committed schema, and the admin console's forms are
// built from the committed admin schemas; a route or DTO changed without running tools/openapi
// must fail here, not in a browser.
describe('the web app API types', () => {
  it('match the OpenAPI document of the API as it is', async () => {
    const committed = readFileSync(join(root, 'apps/web/src/api/schema.d.ts'), 'utf8');
    const stdout = await generated('--types');
    expect(stdout).toContain('"/api/v1/t/{slug}/portal/tickets/{reference}"');
    if (committed !== stdout) throw new Error('apps/web/src/api/schema.d.ts is out of date: run tools/openapi');
  });

  it('include the schemas of every admin request body, with the ones they refer to', async () => {
    const committed = readFileSync(join(root, 'apps/web/src/api/admin-schemas.json'), 'utf8');
    const stdout = await generated('--admin-schemas');
    const schemas = JSON.parse(stdout) as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['CreateDepartmentRequest', 'UpdateSettingsRequest', 'CreateAgentRequest', 'AgentDepartmentRequest']));
    expect(schemas.CreateDepartmentRequest.properties?.parentId).toMatchObject({ format: 'uuid', nullable: true });
    // Responses and routes outside admin/ are not the console's.
    expect(Object.keys(schemas)).not.toContain('CreateTicketRequest');
    expect(Object.keys(schemas)).not.toContain('AdminDepartmentResponse');
    if (committed !== stdout) throw new Error('apps/web/src/api/admin-schemas.json is out of date: run tools/openapi');
  });
});
