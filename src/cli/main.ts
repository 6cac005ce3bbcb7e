import { discardAllSync } from './atomic-write';
import { limitHeapGrowth } from './heap-growth';
import { runCli } from './run';

const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

// Ctrl-C (or a stop asked of the process): the half-written temporary file goes, the old file stays.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    discardAllSync();
    process.stderr.write('\nĐã dừng; tệp cũ không bị thay đổi. / Stopped; the old file was not changed.\n');
    process.exit(code);
  });
}

limitHeapGrowth();
runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
