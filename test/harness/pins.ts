import { readFileSync } from "fs";
import { join } from "path";
import { CheckResult, Diagnostic } from "./terraform";

/** The exact versions the bindings were generated from; every stack must ask for these. */
export function expectedProviderVersions(): Record<string, string> {
  const aws = readFileSync(require.resolve("@cdktf/provider-aws/lib/provider/index.js"), "utf8");
  const fastly = readFileSync(join(__dirname, "..", "..", "lib", "gen", "fastly", "provider", "index.ts"), "utf8");
  const version = (text: string, what: string) => {
    const m = /providerVersion: '([^']+)'/.exec(text);
    if (!m) throw new Error(`no providerVersion in the ${what} bindings`);
    return m[1];
  };
  return { aws: version(aws, "aws"), fastly: version(fastly, "fastly") };
}

/**
 * Every provider a stack requires carries a version, and aws/fastly ask for exactly the
 * version their bindings were generated from: a `cdktf deploy` then installs the provider the
 * bindings describe, not whatever release is newest.
 */
export function checkProviderPins(jsonPath: string, expected = expectedProviderVersions()): CheckResult {
  const doc = JSON.parse(readFileSync(jsonPath, "utf8")) as {
    terraform?: { required_providers?: Record<string, { source?: string; version?: string }> };
  };
  const diagnostics: Diagnostic[] = [];
  const required = doc.terraform?.required_providers ?? {};
  for (const [name, req] of Object.entries(required)) {
    const want = expected[name];
    if (!req.version) {
      diagnostics.push({ severity: "error", summary: "provider without a version", detail: `required_providers.${name} has no version` });
    } else if (want !== undefined && req.version !== want) {
      diagnostics.push({ severity: "error", summary: "provider version differs from its bindings", detail: `required_providers.${name} asks for ${req.version}, the bindings are ${want}` });
    }
  }
  const pins = Object.entries(required).map(([n, r]) => `${n} ${r.version ?? "(none)"}`).join(", ");
  return { ok: diagnostics.length === 0, diagnostics, output: pins };
}
