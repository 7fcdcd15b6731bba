import { spawnSync } from "child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { Toolchain } from "./toolchain";

/** A finding of terraform (or falco), located at a resource address where one is known. */
export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail: string;
  /** `type.name` of the resource the finding is about, when it can be told. */
  readonly resource?: string;
}

export interface CheckResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly output: string;
}

/** The provider version a stack asks for and the one it is validated with. */
export interface PinnedProvider {
  readonly source: string;
  readonly requested: string | undefined;
  readonly pinned: string;
  /** True when the mirror has no build of the requested version and another one stands in. */
  readonly substituted: boolean;
}

type TerraformJson = {
  terraform?: { required_providers?: Record<string, { source?: string; version?: string }>; backend?: unknown };
  [key: string]: unknown;
};

/**
 * Copies a synthesized stack into its own working directory. A provider whose requested
 * version the mirror does not hold (aws: the stack asks for 6.25.0, the Go module proxy serves
 * no build of it) is pinned to the mirrored build and reported as substituted; the backend is
 * dropped: validation needs neither state nor credentials.
 */
export function prepareWorkdir(jsonPath: string, workdir: string, toolchain: Toolchain): PinnedProvider[] {
  const doc = JSON.parse(readFileSync(jsonPath, "utf8")) as TerraformJson;
  const pinned: PinnedProvider[] = [];
  for (const req of Object.values(doc.terraform?.required_providers ?? {})) {
    const source = normalizeSource(req.source ?? "");
    const version = toolchain.providerVersions[source];
    if (!version) continue;
    const substituted = req.version !== version;
    pinned.push({ source, requested: req.version, pinned: version, substituted });
    req.version = version;
  }
  if (doc.terraform) delete doc.terraform.backend;
  // A fresh directory: a lock file left by another CLI (terraform vs tofu) would pin other hashes.
  rmSync(workdir, { recursive: true, force: true });
  mkdirSync(workdir, { recursive: true });
  writeFileSync(join(workdir, "main.tf.json"), JSON.stringify(doc, null, 2));
  return pinned;
}

function normalizeSource(source: string): string {
  const parts = source.replace(/^registry\.(terraform|opentofu)\.(io|org)\//, "").split("/");
  return parts.length === 1 ? `hashicorp/${parts[0]}` : parts.join("/");
}

function runTerraform(toolchain: Toolchain, workdir: string, args: string[]) {
  return spawnSync(toolchain.tfBin, args, {
    cwd: workdir,
    env: { ...process.env, ...toolchain.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `terraform init` from the local mirror only (no backend, no network). */
export function terraformInit(workdir: string, toolchain: Toolchain): CheckResult {
  const run = runTerraform(toolchain, workdir, ["init", "-backend=false", "-input=false", "-no-color"]);
  const output = `${run.stdout}${run.stderr}`;
  const ok = run.status === 0;
  return {
    ok,
    output,
    diagnostics: ok ? [] : [{ severity: "error", summary: "terraform init failed", detail: output.trim() }],
  };
}

interface ValidateJson {
  valid: boolean;
  diagnostics: {
    severity: "error" | "warning";
    summary: string;
    detail?: string;
    range?: { start: { line: number } };
  }[];
}

/** `terraform validate -json`; every diagnostic is located at the resource it points into. */
export function terraformValidate(workdir: string, toolchain: Toolchain): CheckResult {
  const run = runTerraform(toolchain, workdir, ["validate", "-json", "-no-color"]);
  let parsed: ValidateJson;
  try {
    parsed = JSON.parse(run.stdout) as ValidateJson;
  } catch {
    return {
      ok: false,
      output: `${run.stdout}${run.stderr}`,
      diagnostics: [{ severity: "error", summary: "terraform validate did not answer JSON", detail: run.stderr }],
    };
  }
  const source = readFileSync(join(workdir, "main.tf.json"), "utf8").split("\n");
  const diagnostics = parsed.diagnostics.map((d) => ({
    severity: d.severity,
    summary: d.summary,
    detail: d.detail ?? "",
    resource: d.range ? resourceAtLine(source, d.range.start.line) : undefined,
  }));
  return { ok: parsed.valid && run.status === 0, diagnostics, output: run.stdout };
}

/**
 * Finds the `type.name` whose block holds a 1-based line of a JSON document written with
 * two-space indentation (as prepareWorkdir writes it).
 */
export function resourceAtLine(lines: readonly string[], line: number): string | undefined {
  const found: Record<number, string> = {};
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^( +)"([^"]+)": \{$/.exec(lines[i]);
    if (!m || ![2, 4, 6].includes(m[1].length) || found[m[1].length] !== undefined) continue;
    found[m[1].length] = m[2];
    if (m[1].length === 2) break;
  }
  const [top, type, name] = [found[2], found[4], found[6]];
  if (type === undefined || name === undefined) return undefined;
  if (top === "resource") return `${type}.${name}`;
  if (top === "data") return `data.${type}.${name}`;
  return undefined;
}
