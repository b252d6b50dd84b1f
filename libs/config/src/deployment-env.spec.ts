import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

const root = resolve(__dirname, '..', '..', '..');

// The variables the configuration refuses to start without, as its own error messages name them.
function requiredByConfig(): string[] {
  try {
    loadConfig({});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((problem) => /^([A-Z][A-Z0-9_]*)\b.* is required$/.exec(problem)?.[1]).filter((name): name is string => !!name);
  }
  throw new Error('loadConfig({}) accepted an empty environment');
}

// Optional to start, but a deployment without it sends no mail at all.
const REQUIRED_BY_DEPLOYMENTS = ['TESSERA_SMTP_URL'];

function variablesSetIn(...files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^ {2,}([A-Z][A-Z0-9_]*):\s*\S/gm)) names.add(match[1]);
  }
  return names;
}

describe('deployment files', () => {
  const required = [...requiredByConfig(), ...REQUIRED_BY_DEPLOYMENTS];

  it('finds the required variables in the configuration', () => {
    expect(required).toEqual(expect.arrayContaining(['DATABASE_URL', 'TESSERA_SECRET_KEY', 'TESSERA_SMTP_URL']));
  });

  it('sets every required variable in docker-compose.yml', () => {
    const set = variablesSetIn(join(root, 'docker-compose.yml'));
    expect(required.filter((name) => !set.has(name))).toEqual([]);
  });

  it('sets every required variable in the Kubernetes ConfigMap or Secret', () => {
    const k8s = join(root, 'infra', 'k8s');
    const files = readdirSync(k8s).filter((name) => /^(configmap|secret)\b.*\.ya?ml$/.test(name));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const set = variablesSetIn(...files.map((name) => join(k8s, name)));
    expect(required.filter((name) => !set.has(name))).toEqual([]);
  });

  it('probes and scrapes the worker on the port its configuration gives it', () => {
    const portIn = (file: string) => /^ {2,}TESSERA_WORKER_PORT:\s*"?(\d+)"?/m.exec(readFileSync(join(root, file), 'utf8'))?.[1];
    const port = portIn('infra/k8s/configmap.yaml');
    expect(port).toBeDefined();
    expect(portIn('docker-compose.yml')).toBe(port);
    const worker = readFileSync(join(root, 'infra', 'k8s', 'worker.yaml'), 'utf8');
    expect(worker).toContain(`containerPort: ${port}`);
    expect(worker).toContain(`prometheus.io/port: "${port}"`);
    for (const probe of ['readinessProbe', 'livenessProbe']) expect(worker).toMatch(new RegExp(`${probe}:\\s+httpGet:\\s+path: /(readyz|healthz)\\s+port: health`));
    const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain(`127.0.0.1:${port}/readyz`);
  });
});
