#!/usr/bin/env node
// Committed launcher: npm links it at install time, before `prepare` has built dist/.
import { main } from '../dist/bin.js';
await main(process.argv.slice(2));
