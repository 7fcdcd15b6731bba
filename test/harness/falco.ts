import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { FASTLY_BOILERPLATE_VCL } from "../../lib/model/vcl/boilerplate";
import { CheckResult, Diagnostic } from "./terraform";
import { Toolchain } from "./toolchain";

type Block = Record<string, unknown>;

/** A fastly_service_vcl of a synthesized stack, as falco's terraform mode reads it. */
export interface FastlyServicePlan {
  readonly address: string;
  /** True when the service had no main VCL and Fastly's boilerplate stands in for it. */
  readonly boilerplateMain: boolean;
  /** `terraform show -json`-shaped document holding this one service. */
  readonly planJson: string;
}

const asList = (v: unknown): Block[] => (v === undefined ? [] : Array.isArray(v) ? (v as Block[]) : [v as Block]);

/**
 * Builds plan-shaped JSON (the shape of `terraform show -json`) for every fastly_service_vcl in a
 * synthesized stack. Fastly runs its boilerplate main VCL when a service defines none, so the
 * same boilerplate stands in here and the snippets expand at its `#FASTLY` macros.
 */
export function fastlyServicePlans(jsonPath: string): FastlyServicePlan[] {
  const doc = JSON.parse(readFileSync(jsonPath, "utf8")) as { resource?: Record<string, Record<string, Block>> };
  const services = doc.resource?.fastly_service_vcl ?? {};
  return Object.entries(services).map(([name, config]) => {
    const values: Block = {};
    for (const [key, value] of Object.entries(config)) {
      values[key] = typeof value === "object" && value !== null && !Array.isArray(value) ? asList(value) : value;
    }
    for (const key of ["vcl", "snippet", "backend", "director", "acl", "dictionary"]) values[key] = asList(config[key]);
    const vcls = values.vcl as Block[];
    const boilerplateMain = !vcls.some((v) => v.main === true);
    if (boilerplateMain) vcls.push({ name: "fastly-boilerplate", main: true, content: FASTLY_BOILERPLATE_VCL });
    for (const d of values.director as Block[]) {
      d.retries ??= 5;
      d.quorum ??= 75;
      d.type ??= 1;
    }
    const planned = {
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [
            {
              address: `fastly_service_vcl.${name}`,
              mode: "managed",
              type: "fastly_service_vcl",
              name,
              provider_name: "registry.terraform.io/fastly/fastly",
              values,
            },
          ],
        },
      },
    };
    return { address: `fastly_service_vcl.${name}`, boilerplateMain, planJson: JSON.stringify(planned) };
  });
}

/** `falco terraform lint` over one service; errors fail, warnings are reported. */
export function falcoLint(plan: FastlyServicePlan, toolchain: Toolchain): CheckResult {
  const run = spawnSync(toolchain.falcoBin, ["-json", "terraform", "lint"], {
    input: plan.planJson,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.stderr}`;
  const diagnostics: Diagnostic[] = parseFalcoJson(run.stdout).map((d) => ({ ...d, resource: plan.address }));
  if (run.status !== 0 && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push({ severity: "error", summary: `falco exited ${run.status}`, detail: output.trim(), resource: plan.address });
  }
  return { ok: run.status === 0, diagnostics, output };
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

/** falco -json prints progress text, then one JSON document with its findings per file. */
function parseFalcoJson(stdout: string): Omit<Diagnostic, "resource">[] {
  const start = stdout.indexOf("{");
  if (start < 0) return [];
  let parsed: FalcoJsonResult;
  try {
    parsed = JSON.parse(stdout.slice(start)) as FalcoJsonResult;
  } catch {
    return [];
  }
  const out: Omit<Diagnostic, "resource">[] = [];
  for (const [file, errors] of Object.entries(parsed.LintErrors ?? {})) {
    for (const e of errors ?? []) {
      const where = e.Token ? `${e.Token.File}:${e.Token.Line}` : file;
      out.push({
        severity: e.Severity.toUpperCase() === "ERROR" ? "error" : "warning",
        summary: e.Rule || e.Severity,
        detail: `${e.Message} (${where})`,
      });
    }
  }
  for (const [file, error] of Object.entries(parsed.ParseErrors ?? {})) {
    out.push({ severity: "error", summary: "parse error", detail: `${file}: ${JSON.stringify(error)}` });
  }
  return out;
}
