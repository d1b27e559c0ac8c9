import type { CliIO } from './run.js';

/** A progress bar on stderr, only on a TTY and only when the run is long enough to need one. */
export class ProgressBar {
  private readonly started = Date.now();
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly io: Pick<CliIO, 'stderr'> & { isTTY: boolean },
    private readonly enabled = Boolean(process.stderr.isTTY) && !process.env.CI,
  ) {}

  update(done: number): void {
    if (!this.enabled || this.total < 50) return;
    const now = Date.now();
    if (now - this.started < 500 || (now - this.lastDraw < 100 && done < this.total)) return;
    this.lastDraw = now;
    this.shown = true;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    this.io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} files`);
  }

  finish(): void {
    if (this.shown) this.io.stderr('\r\u001b[K');
  }
}
