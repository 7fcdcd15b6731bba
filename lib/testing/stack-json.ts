import { Testing, TerraformStack } from "cdktf";
import { EdgeConfigError } from "../errors";
import { EdgePlatform } from "../platform/edge-platform";
import { decodeRecord, MODEL_RECORD_KEY, PlatformRecord, WrittenPlatformRecord } from "../platform/model-record";

/** A synthesized stack: the stack construct, its JSON text (cdk.tf.json or `Testing.synth`), or the parsed JSON. */
export type StackInput = TerraformStack | string | Readonly<Record<string, unknown>>;

/** Terraform JSON of a stack and the platform records it carries. */
export interface LoadedStack {
  readonly resources: Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>;
  readonly platforms: readonly PlatformRecord[];
}

/**
 * Reads a stack. From a construct the records come from the tree (Testing.synth drops "//"),
 * from JSON they come from the top-level "//"."cdktf-edge" comment that `cdktf synth` keeps.
 */
export function loadStack(input: StackInput, path = "cdktf-edge/testing"): LoadedStack {
  if (input instanceof TerraformStack) {
    const json = JSON.parse(Testing.synth(input)) as Record<string, unknown>;
    const platforms = input.node
      .findAll()
      .filter((c): c is EdgePlatform => c instanceof EdgePlatform)
      .map((p) => p.record);
    return { resources: (json.resource ?? {}) as LoadedStack["resources"], platforms };
  }
  let json: Record<string, unknown>;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input) as Record<string, unknown>;
    } catch {
      throw new EdgeConfigError(path, "the stack text is not JSON", input.slice(0, 80), "Terraform JSON from Testing.synth(stack) or a cdk.tf.json");
    }
  } else {
    json = input as Record<string, unknown>;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new EdgeConfigError(path, "the stack is not a Terraform JSON object", json, "Terraform JSON from Testing.synth(stack) or a cdk.tf.json");
  }
  const comment = (json["//"] ?? {}) as Record<string, unknown>;
  const records = (comment[MODEL_RECORD_KEY] ?? {}) as Record<string, WrittenPlatformRecord>;
  return {
    resources: (json.resource ?? {}) as LoadedStack["resources"],
    platforms: Object.keys(records)
      .sort()
      .map((k) => decodeRecord(records[k])),
  };
}

/** Resources of one type, by logical id in id order. */
export function resourcesOf(stack: LoadedStack, type: string): [string, Record<string, unknown>][] {
  return Object.entries(stack.resources[type] ?? {}).sort(([a], [b]) => a.localeCompare(b));
}

/** A Terraform block list (written as an object for one element by some generators) as an array. */
export function blocks(value: unknown): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
}

/** True for strings that are Terraform references (`${...}`), unknown until apply. */
export function isReference(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}
