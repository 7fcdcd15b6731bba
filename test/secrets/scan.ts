/**
 * No secret in any synthesized stack (issue 11): every stack the harness synthesized
 * (test/.work/<app>/tf/<stack>/main.tf.json) is scanned for
 *  - secret material written as a literal: private keys, AWS access keys, Fastly/GitHub/Slack
 *    tokens, URLs with user:password, and literal values of secret-named attributes
 *    (password, secret, token, api_key, private_key, ...);
 *  - outputs that expose a secret-named attribute of a resource without `sensitive: true`;
 *  - resources that would keep secret material in Terraform state, unless listed in
 *    STATE_SECRETS with the reason it cannot be avoided.
 * Credentials reach the providers from the environment, never from the configuration.
 */
import { readdirSync, readFileSync, existsSync } from "fs";
import { join, resolve } from "path";

const work = resolve(__dirname, "..", ".work");
// Deliberately broken harness fixtures and the fuzz's own stacks are scanned too: all are synthesized by the library.
const files = existsSync(work)
  ? readdirSync(work).flatMap((app) => {
      const tf = join(work, app, "tf");
      return existsSync(tf) ? readdirSync(tf).map((stack) => join(tf, stack, "main.tf.json")).filter(existsSync) : [];
    })
  : [];

const LITERAL_SECRETS: readonly [string, RegExp][] = [
  ["private key", /-----BEGIN ([A-Z ]+ )?PRIVATE KEY-----/],
  ["AWS access key id", /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["AWS secret access key", /aws_secret_access_key|"secret_key"\s*:\s*"[A-Za-z0-9/+=]{40}"/],
  ["GitHub token", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ["Slack token", /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/],
  ["URL with credentials", /[a-z]+:\/\/[^/\s"@:]+:[^/\s"@]+@/],
];
// Attribute names that hold secrets; a literal value for one is a leak.
const SECRET_ATTRIBUTE = /^(password|secret|secret_key|secret_string|api_key|token|access_key|private_key|client_secret|auth_token|tls_client_key|sas_token)$/;
/** Resources that keep secret material in state, with why the library still makes them. */
const STATE_SECRETS: Readonly<Record<string, string>> = {};
const STATE_SECRET_TYPES = /^(aws_secretsmanager_secret_version|aws_iam_access_key|tls_private_key|random_password|fastly_secretstore_entry|aws_acm_certificate_export)$/;

let passed = 0;
let failed = 0;
const problems: string[] = [];

function walk(value: unknown, path: string, visit: (key: string, value: unknown, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v, `${path}.${k}`);
      walk(v, `${path}.${k}`, visit);
    }
  }
}

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const doc = JSON.parse(text) as { resource?: Record<string, Record<string, unknown>>; output?: Record<string, { value?: unknown; sensitive?: boolean }>; provider?: unknown };
  const name = file.slice(work.length + 1);
  const before = problems.length;
  for (const [what, pattern] of LITERAL_SECRETS) {
    const m = pattern.exec(text);
    if (m) problems.push(`${name}: ${what} written into the configuration (${m[0].slice(0, 24)}...)`);
  }
  walk({ resource: doc.resource, provider: doc.provider }, "", (key, value, path) => {
    if (SECRET_ATTRIBUTE.test(key) && typeof value === "string" && value !== "" && !value.includes("${")) {
      problems.push(`${name}: ${path} is a literal secret value`);
    }
  });
  for (const [type, byName] of Object.entries(doc.resource ?? {})) {
    if (STATE_SECRET_TYPES.test(type) && !STATE_SECRETS[type]) problems.push(`${name}: ${type} (${Object.keys(byName).join(", ")}) keeps secret material in Terraform state`);
  }
  for (const [output, def] of Object.entries(doc.output ?? {})) {
    const expression = JSON.stringify(def.value ?? "");
    if (/\.(password|secret|secret_string|private_key|token|api_key|access_key|secret_key|tls_client_key)\b/.test(expression) && def.sensitive !== true) {
      problems.push(`${name}: output ${output} exposes ${expression.slice(0, 80)} without sensitive = true`);
    }
  }
  if (problems.length === before) passed++;
  else failed++;
}
for (const p of problems) console.log(`FAIL ${p}`);
console.log(`secrets: scanned ${files.length} synthesized stacks (${Object.keys(STATE_SECRETS).length} justified state secrets)`);
if (files.length === 0) {
  console.log("secrets: no synthesized stack found (run the harness first)");
  failed++;
}
console.log(`secrets: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
