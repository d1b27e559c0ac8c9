export { run, toolVersion, type CliIO } from './run.js';
export { formatters, type Formatter, type FormatterContext } from './formatters/index.js';
export { discoverFiles } from './discover.js';
