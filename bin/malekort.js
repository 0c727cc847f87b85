#!/usr/bin/env node
// Launcher for the bundled CLI (built by `npm install` through the prepare script).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist", "cli.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "malekort: programmet er ikke bygget. Kjør «npm install» (eller «npm run build:cli») i prosjektmappen.\n",
  );
  process.exit(1);
}
require(bundle).main();
