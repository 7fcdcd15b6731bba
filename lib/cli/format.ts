import { BackendWhatIf, CanaryWhatIf, PopWhatIf } from "../model/what-if";

const pct = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)} %`;
const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function describe(change: PopWhatIf["change"]): string {
  switch (change.kind) {
    case "drain":
      return `drain POP ${change.pop}`;
    case "add":
      return `add POP ${change.pop.name} (capacity ${change.pop.capacity})`;
    case "capacity":
      return `set POP ${change.pop} capacity to ${change.capacity}`;
  }
}

/** Human report of a POP change. */
export function formatPop(r: PopWhatIf, where: string, showAll: boolean): string[] {
  const total = r.pops.reduce((sum, p) => sum + (p.before?.demand ?? 0), 0);
  const prefixes = r.pops.reduce((sum, p) => sum + (p.before?.prefixes ?? 0), 0);
  const lines = [
    `what-if: ${describe(r.change)} — ${where}: ${prefixes} prefixes, demand ${num(total)}`,
    `  prefixes moved: ${r.prefixesMoved}, demand moved: ${num(r.demandMoved)} (${pct(r.demandMovedShare)} of all users)`,
    `  latency p50: ${r.latency.before.p50Ms} → ${r.latency.after.p50Ms} ms   p95: ${r.latency.before.p95Ms} → ${r.latency.after.p95Ms} ms   mean: ${r.latency.before.meanMs} → ${r.latency.after.meanMs} ms`,
    "  POP    prefixes     demand        utilisation",
  ];
  for (const p of r.pops) {
    const b = p.before;
    const a = p.after;
    const col = (x: string, w: number): string => x.padEnd(w);
    const prefixCol = `${b ? b.prefixes : "-"} → ${a ? a.prefixes : "drained"}`;
    const demandCol = `${b ? num(b.demand) : "-"} → ${a ? num(a.demand) : "-"}`;
    const utilCol = `${b ? pct(b.utilization) : "-"} → ${a ? pct(a.utilization) : "-"}`;
    const flag = r.overloads.includes(p.name) ? "  OVERLOAD" : r.hot.includes(p.name) ? "  hot" : "";
    lines.push(`  ${col(p.name, 6)} ${col(prefixCol, 12)} ${col(demandCol, 13)} ${utilCol}${flag}`);
  }
  lines.push(`  overloads (> 100 %): ${r.overloads.length ? r.overloads.join(", ") : "none"};  hot (> 90 %): ${r.hot.length ? r.hot.join(", ") : "none"}`);
  const moves = [...r.moves].sort((x, y) => y.demand - x.demand || x.cidr.localeCompare(y.cidr));
  const shown = showAll ? moves : moves.slice(0, 8);
  if (shown.length > 0) lines.push(`  moves${showAll || moves.length <= 8 ? "" : ` (largest ${shown.length} of ${moves.length}; --all for every one)`}:`);
  for (const m of shown) lines.push(`    ${m.cidr.padEnd(18)} demand ${String(num(m.demand)).padStart(4)}  ${m.from} → ${m.to}  ${m.latencyBeforeMs} → ${m.latencyAfterMs} ms`);
  return lines;
}

/** Human report of an L7 backend change. */
export function formatBackend(r: BackendWhatIf, where: string): string[] {
  const what = r.change.kind === "remove" ? `remove L7 backend ${r.change.backend}` : r.change.kind === "add" ? `add L7 backend ${r.change.backend} (weight ${r.change.weight ?? 1})` : `set L7 backend ${r.change.backend} weight to ${r.change.weight}`;
  const lines = [
    `what-if: ${what} — ${where}: Maglev table of ${r.tableSize} slots`,
    `  flows moved: ${pct(r.flowsMoved, 2)} (least possible ${pct(r.minimumMoved, 2)}, extra churn ${pct(Math.max(0, r.flowsMoved - r.minimumMoved), 2)})`,
    `  busiest backend after: ${r.maxOverIdealAfter.toFixed(3)} × its ideal share`,
    "  backend          slot share",
  ];
  for (const b of r.backends) {
    const mark = b.before === 0 ? "  (new)" : b.after === 0 ? "  (removed)" : "";
    lines.push(`  ${b.name.padEnd(16)} ${pct(b.before, 2)} → ${pct(b.after, 2)}${mark}`);
  }
  return lines;
}

/** Human report of a canary change. */
export function formatCanary(r: CanaryWhatIf, where: string): string[] {
  return [
    `what-if: canary ${r.from} % → ${r.to} % — ${where}`,
    `  users switched: ${pct(r.usersSwitched, 2)} (to canary ${pct(r.toCanary, 2)}, back to production ${pct(r.toProduction, 2)})`,
    `  measured on ${r.sampled.users} synthetic user ids with the VCL's hash: ${pct(r.sampled.switched, 2)} switched`,
  ];
}
