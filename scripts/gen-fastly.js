// Second half of scripts/gen-fastly.sh: schema JSON -> cdktf TypeScript bindings.
"use strict";
const fs = require("fs");
const path = require("path");
const { CodeMaker, TerraformProviderGenerator } = require("@cdktf/provider-generator");
const { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } = require("@cdktf/commons");

async function main() {
  const [schemaFile, target, version] = process.argv.slice(2);
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  // Recorded in the bindings, so cdktf writes `version = "<version>"` (an exact pin: the
  // bindings were generated from exactly this schema) into every stack's required_providers.
  schema.provider_versions = { "registry.terraform.io/fastly/fastly": version };
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, "provider-schema.json"), JSON.stringify(schema, null, 1) + "\n");
  const out = fs.mkdtempSync(path.join(require("os").tmpdir(), "fastly-gen-"));
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(`fastly/fastly@${version}`), LANGUAGES[0]));
  await generator.save(out);
  const generated = path.join(out, "providers", "fastly");
  for (const entry of fs.readdirSync(generated)) {
    fs.cpSync(path.join(generated, entry), path.join(target, entry), { recursive: true });
  }
  fs.rmSync(out, { recursive: true, force: true });
  const resources = fs.readdirSync(target).filter((e) => fs.statSync(path.join(target, e)).isDirectory());
  console.log(`gen-fastly: ${resources.length} bindings for fastly/fastly ${version} (pinned exactly) in ${path.relative(process.cwd(), target)}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
