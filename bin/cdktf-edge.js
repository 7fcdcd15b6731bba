#!/usr/bin/env node
// The package's command (`npx cdktf-edge what-if ...`); the logic is lib/cli, compiled to dist.
"use strict";
const { main } = require("../dist/lib/cli/main");
main(process.argv.slice(2), process.cwd(), (line) => console.log(line), (line) => console.error(line)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
