import { basename, join, resolve } from "path";
import { assembleServices, falcoLint, routingSurvives } from "./falco";
import { harnessOutdir, synthApp } from "./synth";
import { CheckResult, Diagnostic, PinnedProvider, prepareWorkdir, terraformInit, terraformValidate } from "./terraform";
import { Toolchain } from "./toolchain";
import { checkProviderPins } from "./pins";

/** What the real tools said about one synthesized stack. */
export interface StackReport {
  readonly app: string;
  readonly stack: string;
  readonly pinned: readonly PinnedProvider[];
  readonly steps: readonly { readonly tool: string; readonly result: CheckResult }[];
  readonly ok: boolean;
}

export const workRoot = resolve(__dirname, "..", ".work");

/**
 * Synthesizes one app file and runs, for each of its stacks: terraform init from the local
 * mirror, terraform validate, and falco lint on the VCL Fastly would assemble for every
 * fastly_service_vcl.
 */
export function checkApp(appFile: string, toolchain: Toolchain): StackReport[] {
  const base = join(workRoot, basename(appFile, ".ts"));
  return synthApp(appFile, harnessOutdir(appFile)).map((stack) => {
    const workdir = join(base, "tf", stack.name);
    const pinned = prepareWorkdir(stack.jsonPath, workdir, toolchain);
    const steps: { tool: string; result: CheckResult }[] = [{ tool: "provider pins", result: checkProviderPins(stack.jsonPath) }];
    const init = terraformInit(workdir, toolchain);
    steps.push({ tool: "terraform init", result: init });
    if (init.ok) steps.push({ tool: "terraform validate", result: terraformValidate(workdir, toolchain) });
    for (const assembled of assembleServices(stack.jsonPath, join(base, "vcl", stack.name))) {
      steps.push({ tool: `falco lint ${assembled.address} (assembled as Fastly does)`, result: falcoLint(assembled, toolchain) });
      steps.push({ tool: `routing survives Fastly's default conditions ${assembled.address}`, result: routingSurvives(assembled) });
    }
    return { app: appFile, stack: stack.name, pinned, steps, ok: steps.every((s) => s.result.ok) };
  });
}

/** One line per finding: the stack, the resource, the tool and the tool's own message. */
export function describeFailures(report: StackReport): string[] {
  return report.steps.flatMap(({ tool, result }) =>
    result.diagnostics
      .filter((d: Diagnostic) => d.severity === "error")
      .map((d: Diagnostic) => `${report.app} › ${report.stack} › ${d.resource ?? "(stack)"}: ${tool}: ${d.summary}: ${d.detail}`),
  );
}
