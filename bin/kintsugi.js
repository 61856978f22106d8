#!/usr/bin/env node
// The `kintsugi` command: runs the built server bundle (`npm run build` makes it).
await import('../dist/server/main.js');
