#!/usr/bin/env node
// Committed launcher: npm links it at install time, before the build exists. It runs the bundle
// (scripts/bundle.mjs: far fewer modules to load) unless a later `tsc -b` made it stale.
import { bundleIsFresh } from './bundle-stamp.js';

const { main } = await import(bundleIsFresh() ? '../bundle/bin.js' : '../dist/bin.js');
await main(process.argv.slice(2));
