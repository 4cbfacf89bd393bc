import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';

const cache = new Map<string, Promise<string>>();

/**
 * Who is annotating: `CORPUS_ANNOTATOR_AUTHOR` when set, else the workspace's `git config user.name`,
 * else the operating-system user name, else "unknown".
 */
export function authorName(folder: string | undefined): Promise<string> {
  const fromEnv = process.env.CORPUS_ANNOTATOR_AUTHOR?.trim();
  if (fromEnv) return Promise.resolve(fromEnv);
  const key = folder ?? '';
  let found = cache.get(key);
  if (!found) cache.set(key, (found = gitUserName(folder).then((n) => n ?? osUserName())));
  return found;
}

function gitUserName(folder: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', 'user.name'], { cwd: folder, timeout: 2000, windowsHide: true }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    } catch {
      resolve(undefined);
    }
  });
}

function osUserName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
