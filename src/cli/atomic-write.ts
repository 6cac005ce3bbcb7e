/**
 * Writing a file whole or not at all. The bytes go to a temporary file in the same folder, are
 * flushed to the disk, then renamed over the target in one step: a run killed (SIGKILL, Ctrl-C)
 * or stopped by a full disk leaves the old file as it was, never a corrupt or empty workbook.
 *
 * The temporary file is created when the command starts, before minutes of work: a missing or
 * read-only folder is said at once, and an existing file is refused unless the caller overwrites.
 */
import { closeSync, unlinkSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliFailure } from './io';

/** The file operations used, so a test can make one fail (a full disk) without filling a disk. */
export interface WriteFs {
  open(path: string, flags: string, mode?: number): Promise<fs.FileHandle>;
  stat(path: string): Promise<{ isDirectory(): boolean; mode: number }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const nodeFs: WriteFs = { open: fs.open, stat: fs.stat, rename: fs.rename, unlink: fs.unlink };

export interface OutputOptions {
  /** Replace a file that exists (`--force`, or the workbook being updated in place). */
  overwrite: boolean;
  /** The option that allows it, named in the refusal ("--force"). */
  overwriteOption?: string;
}

/** A file being written: nothing is visible at `path` until `commit`. */
export interface PendingOutput {
  readonly path: string;
  readonly tempPath: string;
  /** Writes all the bytes to the temporary file, flushes them and renames it over `path`. */
  commit(bytes: Uint8Array): Promise<void>;
  /** Removes the temporary file (the command failed); `path` is untouched. */
  discard(): Promise<void>;
}

/** Temporary files of this process not yet renamed or removed: removed on Ctrl-C (./interrupt.ts). */
const live = new Map<string, number | null>();

/** Removes every temporary file still open (synchronous: called from a signal handler). */
export function discardAllSync(): void {
  for (const [path, fd] of live) {
    try {
      if (fd !== null) closeSync(fd);
    } catch {
      // Already closed.
    }
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A write failure in words the planner can act on. */
export function writeFailure(path: string, error: unknown): CliFailure {
  const code = errnoOf(error) ?? (error instanceof Error ? error.message : String(error));
  const hints: Record<string, string> = {
    ENOSPC: ' — ổ đĩa đã đầy; tệp cũ vẫn còn nguyên / the disk is full; the old file is unchanged',
    EDQUOT: ' — hết hạn mức đĩa; tệp cũ vẫn còn nguyên / disk quota exceeded; the old file is unchanged',
    ENOENT: ' — thư mục không tồn tại / the folder does not exist',
    EACCES: ' — không có quyền ghi vào thư mục này / no permission to write in this folder',
    EROFS: ' — ổ đĩa chỉ đọc / the disk is read-only',
    EBUSY: ' — tệp có đang mở trong Excel không? / is the file open in Excel?',
    EPERM: ' — tệp có đang mở trong Excel không? / is the file open in Excel?',
  };
  return new CliFailure(`không ghi được tệp / cannot write file: ${path} (${code})${hints[code] ?? ''}`);
}

async function existing(path: string, io: WriteFs): Promise<{ isDirectory(): boolean; mode: number } | null> {
  try {
    return await io.stat(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw writeFailure(path, error);
  }
}

/**
 * Checks that `path` may be written and reserves its temporary file. Refuses an existing file
 * unless `overwrite`, and a folder; a folder that is missing or read-only fails here, at once.
 */
export async function openOutput(path: string, options: OutputOptions, io: WriteFs = nodeFs): Promise<PendingOutput> {
  const before = await existing(path, io);
  if (before?.isDirectory()) throw new CliFailure(`đây là thư mục, không phải tệp / this is a folder, not a file: ${path}`);
  if (before && !options.overwrite) {
    const option = options.overwriteOption ?? '--force';
    throw new CliFailure(
      `đã có tệp ${path}; tệp không bị thay đổi. Chọn tên khác, hoặc thêm ${option} để ghi đè / ` +
        `${path} already exists and was left untouched. Choose another name, or add ${option} to replace it`,
    );
  }
  // Hidden, in the same folder (a rename across disks would not be one step), unique to this run.
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  let handle: fs.FileHandle;
  try {
    handle = await io.open(tempPath, 'wx', before ? before.mode & 0o777 : 0o666);
  } catch (error) {
    throw writeFailure(path, error);
  }
  live.set(tempPath, handle.fd);
  let settled = false;

  const discard = async () => {
    if (settled) return;
    settled = true;
    live.delete(tempPath);
    await handle.close().catch(() => undefined);
    await io.unlink(tempPath).catch(() => undefined);
  };

  const commit = async (bytes: Uint8Array) => {
    if (settled) throw new Error(`${tempPath} was already committed or discarded`);
    try {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        if (bytesWritten === 0) throw Object.assign(new Error('nothing written'), { code: 'EIO' });
        written += bytesWritten;
      }
      // On the disk before the rename, or a power cut could leave the new name on empty blocks.
      await handle.sync();
      await handle.close();
      live.set(tempPath, null);
      await io.rename(tempPath, path);
      settled = true;
      live.delete(tempPath);
    } catch (error) {
      await discard();
      throw writeFailure(path, error);
    }
  };

  return { path, tempPath, commit, discard };
}

/** Runs `work` with the output reserved; the temporary file is removed if `work` fails. */
export async function withOutput<T>(output: PendingOutput, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await output.discard();
  }
}
