// The mail of `tools/bench --suite mail`: the real-world corpus beside the checkout, a fresh
// Message-ID for posting a message again, and the API process's memory as Linux reports it.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// A git worktree sits elsewhere than the main checkout; `../shared` is beside the main checkout,
// found through the worktree's `.git` file (gitdir, then commondir), as libs/testing does.
function mainCheckout(worktree) {
  const dotGit = join(worktree, '.git');
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return worktree;
  const gitDir = resolve(worktree, readFileSync(dotGit, 'utf8').replace(/^gitdir:\s*/, '').trim());
  const common = join(gitDir, 'commondir');
  return existsSync(common) ? dirname(resolve(gitDir, readFileSync(common, 'utf8').trim())) : worktree;
}

function walk(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// ../shared/corpus/mail: every message file (those under a `messages` folder), relative to the
// corpus, and the files of its "stress" check.
export function mailCorpus(root) {
  const candidates = [...new Set([root, mainCheckout(root)])].map((checkout) => resolve(checkout, '../shared/corpus/mail'));
  const directory = candidates.find((candidate) => existsSync(join(candidate, 'EXPECTATIONS.json')));
  if (!directory) throw new Error(`The mail corpus is missing: looked for EXPECTATIONS.json in ${candidates.join(' and ')}`);
  const { checks } = JSON.parse(readFileSync(join(directory, 'EXPECTATIONS.json'), 'utf8'));
  const messages = walk(directory)
    .map((path) => relative(directory, path))
    .filter((path) => path.split('/').includes('messages'))
    .sort();
  return { directory, messages, stress: checks.find((check) => check.id === 'stress').files };
}

const MESSAGE_ID = /^message-id[ \t]*:[^\r\n]*(\r?\n[ \t][^\r\n]*)*/im;

// The raw message with its Message-ID header (folded lines included) replaced, or one added after
// a leading mailbox `From ` line, so that the API takes it as a new message. Only the header
// section is touched; latin1 keeps every other byte as it was.
export function withMessageId(raw, id) {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const header = `Message-ID: <${id}>`;
  let rewritten;
  if (MESSAGE_ID.test(head)) rewritten = head.replace(MESSAGE_ID, header);
  else {
    const mbox = head.startsWith('From ') ? head.indexOf('\n') + 1 : 0;
    const newline = /^[^\n]*\r\n/.test(head) ? '\r\n' : '\n';
    rewritten = `${head.slice(0, mbox)}${header}${newline}${head.slice(mbox)}`;
  }
  return Buffer.from(rewritten + text.slice(head.length), 'latin1');
}

// Resident and peak resident memory of a process in MB (VmRSS, VmHWM); null off Linux.
export function memoryOf(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const megabytes = (name) => Number(status.match(new RegExp(`^${name}:\\s*(\\d+) kB`, 'm'))[1]) / 1024;
  return { rss: megabytes('VmRSS'), peak: megabytes('VmHWM') };
}

// Sets the process's peak resident memory back to its current one (Linux 4.0 and later), so the
// next peak is that of what follows; false when the kernel does not allow it.
export function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
