import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from './languages';
import { NAMESPACES } from './namespaces';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function value(tree: Tree, path: string): string | Tree | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree);
}

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the interface strings', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))('exist in %s for every English key, and no others', (language) => {
    for (const namespace of NAMESPACES) {
      const english = keys(resources.en[namespace] as Tree).sort();
      const translated = keys(resources[language][namespace] as Tree).sort();
      expect({ namespace, missing: english.filter((key) => !translated.includes(key)) }).toEqual({ namespace, missing: [] });
      expect({ namespace, extra: translated.filter((key) => !english.includes(key)) }).toEqual({ namespace, extra: [] });
    }
  });

  it.each([...LANGUAGES])('are never empty in %s', (language) => {
    for (const namespace of NAMESPACES) {
      const tree = resources[language][namespace] as Tree;
      expect({ namespace, empty: keys(tree).filter((key) => !String(value(tree, key)).trim()) }).toEqual({ namespace, empty: [] });
    }
  });

  it('include every key the code asks for by name', () => {
    const used = new Set<string>();
    for (const file of sources(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([a-z]+):([\w.-]+)['"]/g)) used.add(`${match[1]}:${match[2]}`);
    }
    expect(used.size).toBeGreaterThan(3);
    const unknown = [...used].filter((key) => {
      const [namespace, path] = key.split(':') as [(typeof NAMESPACES)[number], string];
      return !NAMESPACES.includes(namespace) || typeof value(resources.en[namespace] as Tree, path) !== 'string';
    });
    expect(unknown).toEqual([]);
  });

  it('always name their namespace, so the key check above sees them all', () => {
    const bare: string[] = [];
    for (const file of sources(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([^'":]+)['"]/g)) bare.push(`${file}: ${match[1]}`);
    }
    expect(bare).toEqual([]);
  });
});
