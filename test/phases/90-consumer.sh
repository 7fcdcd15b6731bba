#!/usr/bin/env bash
# The packed library as a company repo consumes it: `npm pack`, a project laid out like
# `cdktf init --template=typescript` (test/consumer/: same tsconfig, module CommonJS), the
# README's example as main.ts and the cookbook's recipes extracted as written; then tsc (and a
# resolution check under node16 and bundler), synth with the cdktf CLI, the project's jest
# snapshot test (cookbook recipe 5) and the what-if CLI from the package's bin.
# The project's files are written afresh every run; its node_modules (and ts-jest's cache) are
# kept in the cache dir between runs, as a CI cache would, so only the new tarball installs.
set -u
root=$(pwd)
started=$(date +%s%N)
cache="${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}/consumer"
mkdir -p "$cache/app"
exec 9>"$cache/lock"
flock -w 600 9 || { echo "consumer: another run holds $cache/lock"; echo "consumer: 0 passed, 1 failed"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cdktf-edge-consumer.$$.XXXX")
trap 'rm -rf "$work"' EXIT
# Fresh project files; keep node_modules and its lock.
find "$cache/app" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name package-lock.json -exec rm -rf {} +
ln -sfn "$cache/app" "$work/app"
. "$root/test/phases/lib/step.sh"
STEP_DIR="$work/app"

# Build incrementally (dist/.tsbuildinfo goes away with dist), then pack without re-running prepare.
step "build (tsc -p tsconfig.build.json, incremental)" bash -c "cd '$root' && npx tsc -p tsconfig.build.json --incremental --tsBuildInfoFile dist/.tsbuildinfo"
step "npm pack" bash -c "cd '$root' && npm pack --ignore-scripts --silent --pack-destination '$work' >/dev/null"
tarball=$(ls "$work"/cdktf-edge-*.tgz 2>/dev/null | head -n 1)
[ -n "$tarball" ] && echo "      $(basename "$tarball"): $(du -k "$tarball" | cut -f1) KiB, $(tar -tzf "$tarball" | wc -l) files"

cp "$root"/test/consumer/{tsconfig.json,jest.config.js,setup.js,cdktf.json} "$work/app/"
mkdir -p "$work/app/__tests__/__snapshots__"
# Kept as .snapshot in the repo so the repo's own jest does not see it as an obsolete snapshot.
cp "$root/test/consumer/edge-test.ts.snapshot" "$work/app/__tests__/__snapshots__/edge-test.ts.snap"
cat > "$work/app/package.json" <<JSON
{ "name": "company-edge", "version": "1.0.0", "main": "main.js", "types": "main.ts", "private": true,
  "scripts": { "build": "tsc", "synth": "cdktf synth", "test": "jest" } }
JSON
step "extract README example + cookbook recipes" node "$root/scripts/extract-docs.js" "$work/app"
echo "$LAST_OUT" | sed 's/^/      /'

# Versions as the repo pins them; everything comes from the npm cache when warm.
step "npm install (tarball + cdktf, provider-aws, jest; prefer offline)" npm install --prefer-offline --no-audit --no-fund --loglevel=error \
  "$tarball" cdktf@0.21.0 constructs@10.4.2 @cdktf/provider-aws@21.22.1 \
  jest@29.7.0 ts-jest@29.4.5 typescript@5.9.3 ts-node@10.9.2 @types/jest@29.5.14 @types/node@^20.19.0

step "tsc under the cdktf init tsconfig (module CommonJS, node10 resolution)" npx tsc
cat > "$work/app/resolve-check.ts" <<'TS'
import { EdgePlatform } from "cdktf-edge";
import { summarizeStack } from "cdktf-edge/testing";
import { FastlyProvider } from "cdktf-edge/gen/fastly/provider";
export const used = [EdgePlatform, summarizeStack, FastlyProvider];
TS
step "types resolve under module/moduleResolution node16" npx tsc --noEmit --strict --skipLibCheck --types node --module node16 --moduleResolution node16 resolve-check.ts
step "types resolve under moduleResolution bundler" npx tsc --noEmit --strict --skipLibCheck --types node --module esnext --moduleResolution bundler resolve-check.ts
rm -f "$work/app/resolve-check.ts"
step "node resolves cdktf-edge, /testing, /gen/fastly/provider (CommonJS)" node -e '
  for (const m of ["cdktf-edge", "cdktf-edge/testing", "cdktf-edge/gen/fastly/provider"]) {
    const x = require(m);
    if (Object.keys(x).length === 0) throw new Error(m + " exports nothing");
  }'
step "cdktf synth of the compiled README example" env CHECKPOINT_DISABLE=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1 "$root/node_modules/.bin/cdktf" synth --app "node main.js" --output cdktf.out
step "synthesized stack carries the model record and every resource kind" node -e '
  const j = require("./cdktf.out/stacks/edge/cdk.tf.json");
  const rec = Object.values(j["//"]["cdktf-edge"])[0];
  if (rec.pops.length !== 2 || typeof rec.dnsMapJson !== "string" || !JSON.parse(rec.dnsMapJson).latencyColumns) throw new Error("model record missing");
  for (const t of ["aws_route53_cidr_location", "aws_lb", "aws_instance", "fastly_service_vcl", "aws_globalaccelerator_accelerator"])
    if (!j.resource[t]) throw new Error("no " + t);'
if [ "${CDKTF_EDGE_UPDATE_CONSUMER_SNAPSHOT:-}" = 1 ]; then
  # Writes the snapshot for review: git diff test/consumer/edge-test.ts.snapshot before committing it.
  (cd "$work/app" && npx jest -u >/dev/null 2>&1)
  cp "$work/app/__tests__/__snapshots__/edge-test.ts.snap" "$root/test/consumer/edge-test.ts.snapshot"
fi
step "jest --ci (cookbook recipe 5: snapshot + matchers)" npx jest --ci
echo "$LAST_OUT" | grep -E '^(Tests|Snapshots):' | sed 's/^/      /'
step "npx cdktf-edge what-if drain-pop fra (package bin)" npx cdktf-edge what-if drain-pop fra
echo "$LAST_OUT" | head -n 8 | sed 's/^/      /'
step "npx cdktf-edge what-if remove-backend fra-l7-1 --json" bash -c 'npx cdktf-edge what-if remove-backend fra-l7-1 --json | node -e "
  const r = JSON.parse(require(\"fs\").readFileSync(0, \"utf8\"));
  if (!(r.flowsMoved >= 0.5 && r.flowsMoved <= 0.6)) throw new Error(\"flowsMoved \" + r.flowsMoved);"'

echo "consumer phase took $(tenths "$started") s"
echo "consumer: $passed passed, $failed failed"
