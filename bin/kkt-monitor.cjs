#!/usr/bin/env node
// Runs the bundled service; `npm run build:service` (or `npm start`) writes the bundle.
require('../build/kkt-monitor.cjs');
