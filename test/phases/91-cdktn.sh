#!/usr/bin/env bash
# after: consumer
# cdktf-edge on CDK Terrain (cdktn 0.24, the maintained fork of cdktf) with @cdktn/provider-aws:
# the consumer project of 90-consumer (README example, cookbook recipes, the same reviewed
# snapshot), installed with `cdktn` in place of `cdktf` and `@cdktn/provider-aws` aliased to
# `@cdktf/provider-aws` (the library's deep imports). `cdktf` is a symlink to `cdktn`, not a
# second npm alias copy: @cdktn/provider-aws requires "cdktn" and the library requires "cdktf",
# and both must load ONE copy (construct and token identity). The library's peer ranges name
# cdktf 0.21 and provider-aws 21, hence --legacy-peer-deps.
set -u
root=$(pwd)
started=$(date +%s%N)
cache="${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}/cdktn"
mkdir -p "$cache/app"
exec 9>"$cache/lock"
flock -w 600 9 || { echo "cdktn: another run holds $cache/lock"; echo "cdktn: 0 passed, 1 failed"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cdktf-edge-cdktn.$$.XXXX")
trap 'rm -rf "$work"' EXIT
find "$cache/app" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name package-lock.json -exec rm -rf {} +
app="$cache/app"
. "$root/test/phases/lib/step.sh"
STEP_DIR="$app"

# dist/ was built by the consumer phase (this one runs after it).
step "npm pack" bash -c "cd '$root' && npm pack --ignore-scripts --silent --pack-destination '$work' >/dev/null"
tarball=$(ls "$work"/cdktf-edge-*.tgz 2>/dev/null | head -n 1)
cp "$root"/test/consumer/{tsconfig.json,jest.config.js,setup.js,cdktf.json} "$app/"
mkdir -p "$app/__tests__/__snapshots__"
cp "$root/test/consumer/edge-test.ts.snapshot" "$app/__tests__/__snapshots__/edge-test.ts.snap"
cat > "$app/package.json" <<JSON
{ "name": "company-edge-cdktn", "version": "1.0.0", "main": "main.js", "private": true, "scripts": { "build": "tsc", "test": "jest" } }
JSON
step "extract README example + cookbook recipes" node "$root/scripts/extract-docs.js" "$app"

# npm would turn a kept symlink back into a package dir or complain; remove it before install.
rm -f "$app/node_modules/cdktf"
step "npm install cdktn@0.24.0, @cdktf/provider-aws@npm:@cdktn/provider-aws@25.7.0" npm install --prefer-offline --no-audit --no-fund --loglevel=error --legacy-peer-deps \
  "$tarball" cdktn@0.24.0 constructs@10.6.0 @cdktf/provider-aws@npm:@cdktn/provider-aws@25.7.0 \
  jest@29.7.0 ts-jest@29.4.5 typescript@5.9.3 ts-node@10.9.2 @types/jest@29.5.14 @types/node@^20.19.0
step "node_modules/cdktf -> cdktn (one copy for library and provider)" bash -c 'rm -rf node_modules/cdktf && ln -s cdktn node_modules/cdktf && node -e "
  const a = require.resolve(\"cdktf\"), b = require.resolve(\"cdktn\");
  if (require(\"fs\").realpathSync(a) !== require(\"fs\").realpathSync(b)) throw new Error(a + \" != \" + b);
  console.log(require(\"cdktn/package.json\").name + \" \" + require(\"cdktn/package.json\").version + \", \" + require(\"@cdktf/provider-aws/package.json\").name + \" \" + require(\"@cdktf/provider-aws/package.json\").version);"'
echo "$LAST_OUT" | sed 's/^/      /'
step "tsc under the cdktf init tsconfig" npx tsc
step "synth the compiled README example (node main.js)" env CDKTF_OUTDIR=cdktf.out node main.js
step "synthesized stack: resources, model record, AWS provider of @cdktn" node -e '
  const j = require("./cdktf.out/stacks/edge/cdk.tf.json");
  if (typeof Object.values(j["//"]["cdktf-edge"])[0].dnsMapJson !== "string") throw new Error("model record missing");
  for (const t of ["aws_route53_cidr_location", "aws_instance", "fastly_service_vcl"]) if (!j.resource[t]) throw new Error("no " + t);
  console.log("aws " + j.terraform.required_providers.aws.version + ", fastly " + j.terraform.required_providers.fastly.version + ", " + Object.values(j.resource).reduce((n, r) => n + Object.keys(r).length, 0) + " resources");'
echo "$LAST_OUT" | sed 's/^/      /'
step "jest --ci: the consumer's reviewed snapshot holds on cdktn" npx jest --ci
echo "$LAST_OUT" | grep -E '^(Tests|Snapshots):' | sed 's/^/      /'
step "npx cdktf-edge what-if drain-pop fra" npx cdktf-edge what-if drain-pop fra --stack cdktf.out

echo "cdktn phase took $(tenths "$started") s"
echo "cdktn: $passed passed, $failed failed"
