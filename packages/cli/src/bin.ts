import { run } from './run.js';

/** Entry point of the `atlas-lint` command. Sets process.exitCode instead of exiting, so piped output is never cut. */
export async function main(argv: string[]): Promise<void> {
  process.exitCode = await run(argv, {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    isTTY: Boolean(process.stdout.isTTY),
  });
}
