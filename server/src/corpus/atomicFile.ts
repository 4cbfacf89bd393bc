import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A lock older than this is taken to belong to a process that died holding it. */
const STALE_LOCK_MS = 10_000;
const LOCK_ATTEMPTS = 200;
const LOCK_WAIT_MS = 15;

/**
 * Writes a file atomically: the text goes to a temporary file beside it, is flushed to disk, then renamed over
 * the target, so a reader sees the old file or the new one and a crash mid-write leaves the old one whole.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Runs `fn` while holding `<file>.lock`, created exclusively, so that two windows or processes writing the same
 * file take turns: each re-reads under the lock and merges, and no line is lost. Retries a bounded number of times
 * and breaks a lock left by a dead process.
 */
export async function withFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  await mkdir(dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const h = await open(lock, 'wx');
      await h.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
      await h.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (attempt >= LOCK_ATTEMPTS) throw new Error(`${file} is locked by another writer (${lock}); try again, or delete the lock file if no other window is writing`);
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) await unlink(lock).catch(() => undefined);
      else await new Promise((r) => setTimeout(r, LOCK_WAIT_MS + Math.floor(Math.random() * LOCK_WAIT_MS)));
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}
