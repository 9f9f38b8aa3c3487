#!/usr/bin/env node
// Launcher for the CLI built by `npm run build` (tsc → out/).
'use strict';
const path = require('path');
const { main } = require(path.join(__dirname, '..', '..', 'out', 'server', 'src', 'cli', 'main.js'));
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
