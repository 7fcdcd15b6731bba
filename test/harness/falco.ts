import { spawnSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { assembleServiceVcl, blocks, defaultBackends, ServiceSnippetJson, ServiceVclJson } from "../../lib/model/vcl";
import { CheckResult, Diagnostic } from "./terraform";
import { Toolchain } from "./toolchain";

/** One fastly_service_vcl of a synthesized stack, assembled the way Fastly assembles it. */
export interface AssembledService {
  readonly address: string;
  readonly service: ServiceVclJson;
  /** File holding the assembled VCL (what falco lints, tests and simulates). */
  readonly vclPath: string;
}

/**
 * Assembles every fastly_service_vcl of a synthesized stack (cdk.tf.json) with
 * assembleServiceVcl and writes each to `<outDir>/<resource name>.vcl`.
 */
export function assembleServices(jsonPath: string, outDir: string): AssembledService[] {
  const doc = JSON.parse(readFileSync(jsonPath, "utf8")) as { resource?: Record<string, Record<string, ServiceVclJson>> };
  const services = doc.resource?.fastly_service_vcl ?? {};
  mkdirSync(outDir, { recursive: true });
  return Object.entries(services).map(([name, service]) => {
    const vclPath = join(outDir, `${name}.vcl`);
    writeFileSync(vclPath, assembleServiceVcl(service));
    return { address: `fastly_service_vcl.${name}`, service, vclPath };
  });
}

/**
 * A backend chosen in a recv snippet survives the VCL Fastly assembles only when no backend is
 * Fastly's default: its `# default conditions` block runs after the snippets and would set
 * req.backend again. Fails when a recv snippet sets req.backend and some backend has no
 * request_condition.
 */
export function routingSurvives(assembled: AssembledService): CheckResult {
  const choosing = blocks<ServiceSnippetJson>(assembled.service.snippet)
    .filter((s) => s.type === "recv" && /\bset\s+req\.backend\s*=/.test(s.content))
    .map((s) => s.name);
  const defaults = defaultBackends(assembled.service);
  const ok = choosing.length === 0 || defaults.length === 0;
  const detail = ok
    ? `recv snippets choosing a backend: ${choosing.join(", ") || "none"}; default backends: ${defaults.join(", ") || "none"}`
    : `recv snippet(s) ${choosing.join(", ")} set req.backend, but Fastly's default conditions then set it to ${defaults.join(", ")} (no request_condition)`;
  return {
    ok,
    diagnostics: ok ? [] : [{ severity: "error", summary: "backend choice overwritten by Fastly's default conditions", detail, resource: assembled.address }],
    output: detail,
  };
}

/** Line numbers (1-based) of the assembled file that hold the service's own snippets. */
function snippetLines(assembled: AssembledService): Set<number> {
  const lines = readFileSync(assembled.vclPath, "utf8").split("\n");
  const snippets = [assembled.service.snippet ?? []].flat() as { name: string; content: string }[];
  const own = new Set<number>();
  lines.forEach((line, i) => {
    const m = /^# Snippet (\S+) : -?\d+$/.exec(line);
    const snippet = m && snippets.find((x) => x.name === m[1]);
    if (!snippet) return;
    const count = snippet.content.split("\n").length;
    for (let n = i + 2; n <= i + 1 + count; n++) own.add(n);
  });
  return own;
}

/**
 * `falco lint --generated` over one assembled service; errors fail, warnings are reported.
 * Warnings about Fastly's own generated code (e.g. its Vary handling) are counted in one line.
 */
export function falcoLint(assembled: AssembledService, toolchain: Toolchain): CheckResult {
  const run = spawnSync(toolchain.falcoBin, ["-json", "lint", assembled.vclPath, "--generated=true"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.stderr}`;
  const own = snippetLines(assembled);
  const all = parseFalcoJson(run.stdout).map((d) => ({ ...d, resource: assembled.address }));
  const generated = all.filter((d) => d.severity === "warning" && d.line !== undefined && !own.has(d.line));
  const diagnostics: Diagnostic[] = all.filter((d) => !generated.includes(d)).map(({ line: _line, ...d }) => d);
  if (generated.length > 0) {
    const rules = [...new Set(generated.map((d) => d.summary))].join(", ");
    diagnostics.push({ severity: "warning", summary: "in Fastly's generated code", detail: `${generated.length} warning(s) (${rules})`, resource: assembled.address });
  }
  if (run.status !== 0 && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push({ severity: "error", summary: `falco exited ${run.status}`, detail: output.trim(), resource: assembled.address });
  }
  return { ok: run.status === 0 && !diagnostics.some((d) => d.severity === "error"), diagnostics, output };
}

interface FalcoLintError {
  Severity: string;
  Message: string;
  Rule?: string;
  Token?: { Line: number; File: string };
}

interface FalcoJsonResult {
  LintErrors?: Record<string, FalcoLintError[] | null>;
  ParseErrors?: Record<string, unknown>;
}

/** falco -json prints one JSON document with its findings per file (after any progress text). */
function parseFalcoJson(stdout: string): (Omit<Diagnostic, "resource"> & { line?: number })[] {
  const start = stdout.indexOf("{");
  if (start < 0) return [];
  let parsed: FalcoJsonResult;
  try {
    parsed = JSON.parse(stdout.slice(start)) as FalcoJsonResult;
  } catch {
    return [];
  }
  const out: (Omit<Diagnostic, "resource"> & { line?: number })[] = [];
  for (const [file, errors] of Object.entries(parsed.LintErrors ?? {})) {
    // Infos are style hints (e.g. implicit INTEGER to STRING in Fastly's own code): not reported.
    for (const e of (errors ?? []).filter((x) => x.Severity.toUpperCase() !== "INFO")) {
      const where = e.Token ? `${e.Token.File}:${e.Token.Line}` : file;
      out.push({
        severity: e.Severity.toUpperCase() === "ERROR" ? "error" : "warning",
        summary: e.Rule || e.Severity,
        detail: `${e.Message} (${where})`,
        line: e.Token?.Line,
      });
    }
  }
  for (const [file, error] of Object.entries(parsed.ParseErrors ?? {})) {
    out.push({ severity: "error", summary: "parse error", detail: `${file}: ${JSON.stringify(error)}` });
  }
  return out;
}
