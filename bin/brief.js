#!/usr/bin/env node
// Runs the compiled CLI when built (`npm run build`, as in the Docker image), else the TypeScript via tsx.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const compiled = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (existsSync(compiled)) {
  require(compiled).main(process.argv);
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts').main(process.argv);
}
