import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The real-world mail corpus: ../shared/corpus/mail beside the repository (see its README.md).

const root = resolve(__dirname, '../../..');

// A git worktree sits elsewhere than the main checkout; `../shared` is beside the main checkout,
// found through the worktree's `.git` file (gitdir, then commondir).
function mainCheckout(worktree: string): string {
  const dotGit = join(worktree, '.git');
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return worktree;
  const gitDir = resolve(worktree, readFileSync(dotGit, 'utf8').replace(/^gitdir:\s*/, '').trim());
  const common = join(gitDir, 'commondir');
  return existsSync(common) ? dirname(resolve(gitDir, readFileSync(common, 'utf8').trim())) : worktree;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// Sisimai keeps Amazon SES notifications with its bounces; these two report a complaint and a
// successful delivery, which are automatic mail but no delivery failure.
export const CORPUS_NOT_BOUNCES = ['sisimai/messages/bsd/lhost-amazonses-11.eml', 'sisimai/messages/bsd/lhost-amazonses-13.eml'];

export interface MailCorpus {
  directory: string;
  // The checks of EXPECTATIONS.json.
  checks: { id: string; file?: string; files?: string[]; glob?: string; expect: string }[];
  // Every message file (those under a `messages` folder), relative to the directory.
  messages: string[];
}

// Fails loudly when the corpus is missing: a test that silently ran on nothing would prove nothing.
export function mailCorpus(): MailCorpus {
  const candidates = [...new Set([root, mainCheckout(root)])].map((checkout) => resolve(checkout, '../shared/corpus/mail'));
  const directory = candidates.find((candidate) => existsSync(join(candidate, 'EXPECTATIONS.json')));
  if (!directory) {
    throw new Error(`The mail corpus is missing: expected ../shared/corpus/mail from the repository root with EXPECTATIONS.json, looked in ${candidates.join(' and ')}`);
  }
  return {
    directory,
    checks: JSON.parse(readFileSync(join(directory, 'EXPECTATIONS.json'), 'utf8')).checks,
    messages: walk(directory)
      .map((path) => relative(directory, path))
      .filter((path) => path.split('/').includes('messages'))
      .sort(),
  };
}
