/**
 * The atomic write helper: a file is replaced whole or not at all. A full disk is simulated by
 * handing the helper a file handle whose writes fail with ENOSPC half-way (no real disk is filled);
 * a killed process is tested with a real process in kill-mid-write.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { openOutput, type WriteFs } from '../../src/cli/atomic-write';
import { CliFailure } from '../../src/cli/io';
import { tempFolder } from '../fixtures/xlsx/run-cli';

const OLD = new TextEncoder().encode('the planner’s workbook, as it was');
const NEW = new TextEncoder().encode('the new workbook, longer than the old one so a torn write would show');

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

const filesIn = (path: string) => readdirSync(path.replace(/\/[^/]*$/, ''));

/** Real file operations, with the handle's writes (and the calls made) under the test's control. */
function fakeFs(options: { failWriteAfter?: number; failRename?: string } = {}): { io: WriteFs; calls: string[] } {
  const calls: string[] = [];
  const io: WriteFs = {
    stat: fs.stat,
    unlink: async (path) => {
      calls.push('unlink');
      await fs.unlink(path);
    },
    rename: async (from, to) => {
      calls.push('rename');
      if (options.failRename) throw Object.assign(new Error(options.failRename), { code: options.failRename });
      await fs.rename(from, to);
    },
    open: async (path, flags, mode) => {
      calls.push('open');
      const handle = await fs.open(path, flags, mode);
      let written = 0;
      const write = async (buffer: Uint8Array, offset: number, length: number) => {
        calls.push('write');
        const limit = options.failWriteAfter;
        if (limit !== undefined && written + length > limit) {
          // The disk fills up: part of the bytes land, then the write fails.
          await handle.write(buffer, offset, limit - written);
          written = limit;
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        const result = await handle.write(buffer, offset, length);
        written += result.bytesWritten;
        return result;
      };
      const sync = async () => {
        calls.push('sync');
        await handle.sync();
      };
      const close = async () => {
        calls.push('close');
        await handle.close();
      };
      return { fd: handle.fd, write, sync, close } as unknown as fs.FileHandle;
    },
  };
  return { io, calls };
}

describe('openOutput', () => {
  it('writes into a temporary file, flushes it, then renames it over the target', async () => {
    const path = folder.path('ke-hoach.xlsx');
    writeFileSync(path, OLD);
    const { io, calls } = fakeFs();
    const output = await openOutput(path, { overwrite: true }, io);
    expect(output.tempPath).toMatch(/\/\.ke-hoach\.xlsx\.\d+-[0-9a-z]+\.tmp$/);
    expect(existsSync(output.tempPath)).toBe(true);
    expect(readFileSync(path)).toEqual(Buffer.from(OLD)); // nothing visible before the commit
    await output.commit(NEW);
    expect(calls).toEqual(['open', 'write', 'sync', 'close', 'rename']);
    expect(readFileSync(path)).toEqual(Buffer.from(NEW));
    expect(filesIn(path)).toEqual(['ke-hoach.xlsx']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = folder.path('chi-doc-nhom.xlsx');
    writeFileSync(path, OLD);
    chmodSync(path, 0o640);
    const output = await openOutput(path, { overwrite: true });
    await output.commit(NEW);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('a full disk half-way: the old file is whole, the temporary file gone, the message says the disk is full', async () => {
    const path = folder.path('ke-hoach.xlsx');
    writeFileSync(path, OLD);
    const { io, calls } = fakeFs({ failWriteAfter: 10 });
    const output = await openOutput(path, { overwrite: true }, io);
    const failure = await output.commit(NEW).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CliFailure);
    expect((failure as Error).message).toBe(
      `không ghi được tệp / cannot write file: ${path} (ENOSPC) — ổ đĩa đã đầy; tệp cũ vẫn còn nguyên / the disk is full; the old file is unchanged`,
    );
    expect(calls).not.toContain('rename');
    expect(readFileSync(path)).toEqual(Buffer.from(OLD));
    expect(filesIn(path)).toEqual(['ke-hoach.xlsx']);
  });

  it('a rename refused (the file open in Excel on Windows): the old file is whole, with the hint', async () => {
    const path = folder.path('dang-mo.xlsx');
    writeFileSync(path, OLD);
    const output = await openOutput(path, { overwrite: true }, fakeFs({ failRename: 'EBUSY' }).io);
    await expect(output.commit(NEW)).rejects.toThrow(/\(EBUSY\) — tệp có đang mở trong Excel không\? \/ is the file open in Excel\?$/);
    expect(readFileSync(path)).toEqual(Buffer.from(OLD));
    expect(filesIn(path)).toEqual(['dang-mo.xlsx']);
  });

  it('refuses an existing file unless asked to overwrite, and touches nothing', async () => {
    const path = folder.path('cua-can-bo.xlsx');
    writeFileSync(path, OLD);
    await expect(openOutput(path, { overwrite: false })).rejects.toThrow(
      `đã có tệp ${path}; tệp không bị thay đổi. Chọn tên khác, hoặc thêm --force để ghi đè / ${path} already exists and was left untouched. Choose another name, or add --force to replace it`,
    );
    expect(readFileSync(path)).toEqual(Buffer.from(OLD));
    expect(filesIn(path)).toEqual(['cua-can-bo.xlsx']);
  });

  it('a missing folder fails when the output is opened, before any work', async () => {
    const path = folder.path('khong-co/ke-hoach.xlsx');
    await expect(openOutput(path, { overwrite: false })).rejects.toThrow(`cannot write file: ${path} (ENOENT) — thư mục không tồn tại / the folder does not exist`);
  });

  it('discard removes the temporary file and leaves the target alone', async () => {
    const path = folder.path('ke-hoach.xlsx');
    writeFileSync(path, OLD);
    const output = await openOutput(path, { overwrite: true });
    await output.discard();
    expect(existsSync(output.tempPath)).toBe(false);
    expect(readFileSync(path)).toEqual(Buffer.from(OLD));
  });
});
