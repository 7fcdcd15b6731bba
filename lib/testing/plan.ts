import { EdgeConfigError } from "../errors";

/** One resource change of a plan. */
export interface PlannedChange {
  readonly address: string;
  /** "create", "update", "delete", "replace", "read" or "no-op". */
  readonly action: string;
  /** For updates and replacements: top-level attributes whose value changes (or becomes unknown). */
  readonly changedAttributes?: readonly string[];
}

/** A plan, summarized for snapshots. */
export interface PlanSummary {
  readonly counts: Readonly<Record<string, number>>;
  /** Changes other than no-op, by address. */
  readonly changes: readonly PlannedChange[];
}

interface ResourceChange {
  address: string;
  change: { actions: string[]; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; after_unknown?: Record<string, unknown> };
}

/**
 * Summarizes `terraform show -json <planfile>` output (text or parsed): counts per action and,
 * for every change, the address and the attributes that change. Addresses sorted.
 */
export function summarizePlan(plan: string | Readonly<Record<string, unknown>>, path = "cdktf-edge/testing"): PlanSummary {
  const json = typeof plan === "string" ? parse(plan, path) : plan;
  const changes = json.resource_changes;
  if (!Array.isArray(changes)) {
    throw new EdgeConfigError(path, "the plan JSON has no resource_changes", Object.keys(json), "the output of `terraform show -json <planfile>`");
  }
  const counts: Record<string, number> = {};
  const out: PlannedChange[] = [];
  for (const rc of changes as ResourceChange[]) {
    const action = actionOf(rc.change.actions);
    counts[action] = (counts[action] ?? 0) + 1;
    if (action === "no-op") continue;
    if (action === "update" || action === "replace") {
      out.push({ address: rc.address, action, changedAttributes: changedAttributes(rc.change) });
    } else {
      out.push({ address: rc.address, action });
    }
  }
  return {
    counts: Object.fromEntries(Object.keys(counts).sort().map((k) => [k, counts[k]])),
    changes: out.sort((a, b) => a.address.localeCompare(b.address)),
  };
}

function parse(text: string, path: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new EdgeConfigError(path, "the plan is not JSON", text.slice(0, 80), "the output of `terraform show -json <planfile>`");
  }
}

function actionOf(actions: readonly string[]): string {
  if (actions.length === 2 && actions.includes("create") && actions.includes("delete")) return "replace";
  return actions[0] ?? "no-op";
}

function changedAttributes(change: ResourceChange["change"]): string[] {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const unknown = change.after_unknown ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(unknown)]);
  return [...keys]
    .filter((k) => unknown[k] === true || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .sort();
}
