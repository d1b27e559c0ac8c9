/** A configuration problem: the CLI prints it and exits 2. `path` is the JSON path of the key at fault. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly path: string,
  ) {
    super(`${file ? `${file}: ` : ''}${path ? `${path}: ` : ''}${message}`);
    this.name = 'ConfigError';
  }
}
