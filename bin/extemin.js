#!/usr/bin/env node
// The `extemin` command line: runs the TypeScript sources through tsx, so the CLI and the
// server share one set of services without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
