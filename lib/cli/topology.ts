import { PlatformRecord } from "../platform/model-record";
import { blocks, LoadedStack, resourcesOf } from "../testing/stack-json";
import { deployedAssignment } from "../testing/summarize";

const quote = (s: string): string => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
const id = (...parts: string[]): string => quote(parts.join(":"));

/** Edge colour by utilisation: green below 70 %, amber below 90 %, red from 90 %. */
function utilisationColour(u: number): string {
  return u >= 0.9 ? "#c0392b" : u >= 0.7 ? "#d68910" : "#1e8449";
}

/**
 * The platform as a Graphviz graph: users → (Fastly) → DNS map → POPs (L4 → L7) → data
 * centers. DNS → POP edges carry the prefixes, demand and utilisation the map gives each POP,
 * drawn thicker with more demand and coloured by utilisation.
 */
export function topologyDot(stack: LoadedStack, title: string): string {
  const lines = [
    "digraph platform {",
    `  graph [rankdir=LR, fontname="Helvetica", fontsize=11, labelloc=t, label=${quote(`${title}\nDNS → POP edges: prefixes, demand (utilisation); width ∝ demand; green < 70 %, amber < 90 %, red ≥ 90 %`)}, nodesep=0.25, ranksep=0.9, splines=true];`,
    '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded,filled", fillcolor="#f4f6f7", color="#566573"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#566573"];',
  ];
  for (const record of stack.platforms) lines.push(...platformDot(stack, record, deployedAssignment(stack, record)));
  lines.push("}");
  return lines.join("\n");
}

function platformDot(stack: LoadedStack, record: PlatformRecord, assignment: Record<string, string>): string[] {
  const p = record.path;
  const out: string[] = [];
  const demandOf = new Map((record.dnsMap?.prefixes ?? []).map((x) => [x.cidr, x.demand]));
  const totalDemand = [...demandOf.values()].reduce((a, b) => a + b, 0);
  const users = id(p, "users");
  const dns = id(p, "dns");
  out.push(`  ${users} [label=${quote(`Users\n${Object.keys(assignment).length || "all"} client prefixes${totalDemand ? `, demand ${totalDemand}` : ""}`)}, shape=ellipse, fillcolor="#eaf2f8"];`);
  out.push(`  ${dns} [label=${quote(`Route53 ${record.dnsMap ? "DNS map (CIDR routing)" : "latency routing"}\n${record.serviceName}${record.dnsMap ? `\ndefault POP ${record.dnsMap.defaultPop}` : ""}`)}, fillcolor="#fef9e7"];`);
  out.push(`  ${users} -> ${dns} [label="resolve"];`);

  // Fastly in front: services whose backends are POP hostnames.
  const byHost = new Map(record.pops.map((pop) => [pop.hostname, pop.name]));
  for (const [, service] of resourcesOf(stack, "fastly_service_vcl")) {
    const targets = blocks(service.backend).flatMap((b) => (byHost.has(String(b.address)) ? [byHost.get(String(b.address))!] : []));
    if (targets.length === 0) continue;
    const name = String(service.name);
    const fastly = id(p, "fastly", name);
    const domains = blocks(service.domain).map((d) => String(d.name)).join(", ");
    const shield = blocks(service.director).map((d) => d.shield).find(Boolean) ?? blocks(service.backend).map((b) => b.shield).find(Boolean);
    out.push(`  ${fastly} [label=${quote(`Fastly ${name}\n${domains}${shield ? `\nshield ${shield}` : ""}`)}, fillcolor="#fdedec", color="#c0392b"];`);
    out.push(`  ${users} -> ${fastly} [label="CDN"];`);
    for (const pop of targets) out.push(`  ${fastly} -> ${id(p, "pop", pop, "l4")} [style=dashed, color="#c0392b", label="origin"];`);
  }

  const perPop = new Map<string, { prefixes: number; demand: number }>();
  for (const [cidr, pop] of Object.entries(assignment)) {
    const entry = perPop.get(pop) ?? { prefixes: 0, demand: 0 };
    entry.prefixes++;
    entry.demand += demandOf.get(cidr) ?? 0;
    perPop.set(pop, entry);
  }
  const maxDemand = Math.max(1, ...[...perPop.values()].map((e) => e.demand));
  for (const pop of [...record.pops].sort((a, b) => a.name.localeCompare(b.name))) {
    const l4 = id(p, "pop", pop.name, "l4");
    const l7 = id(p, "pop", pop.name, "l7");
    out.push(`  subgraph ${quote(`cluster_${p}_${pop.name}`)} {`);
    out.push(`    label=${quote(`POP ${pop.name} (${pop.region})${pop.capacity ? `, capacity ${pop.capacity}` : ""}`)}; style="rounded"; color="#85929e"; fontsize=10;`);
    const l4Label =
      pop.l4 === "bgp-ecmp" && pop.maglev
        ? `L4: BGP/ECMP fleet\nVIP ${pop.vips.join(", ")}\nMaglev ${pop.maglev.tableSize} slots, ${pop.maglev.digest.slice(0, 8)}`
        : "L4: NLB (flow hash)";
    const l7Label =
      pop.l7 === "fleet" ? `L7: HAProxy fleet, ${pop.maglev?.backends.length ?? "?"} nodes (TLS, DSR)\n${pop.hostname}` : `L7: ALB (TLS)${pop.maglev ? `\n${pop.maglev.backends.length} Maglev backends` : ""}\n${pop.hostname}`;
    out.push(`    ${l4} [label=${quote(l4Label)}, fillcolor="#e8f8f5"];`);
    out.push(`    ${l7} [label=${quote(l7Label)}, fillcolor="#e8f6f3"];`);
    out.push(`    ${l4} -> ${l7} [label=${quote(pop.maglev ? "Maglev" : "")}];`);
    out.push("  }");
    const load = perPop.get(pop.name);
    if (load && pop.capacity) {
      const u = load.demand / pop.capacity;
      const width = (1 + (5 * load.demand) / maxDemand).toFixed(1);
      out.push(`  ${dns} -> ${l4} [label=${quote(`${load.prefixes} prefixes\n${load.demand} (${(u * 100).toFixed(0)} %)`)}, penwidth=${width}, color=${quote(utilisationColour(u))}, fontcolor=${quote(utilisationColour(u))}];`);
    } else if (!record.dnsMap) {
      out.push(`  ${dns} -> ${l4} [label="latency"];`);
    } else {
      out.push(`  ${dns} -> ${l4} [label="no prefixes", style=dotted];`);
    }
    for (const dc of pop.origins) out.push(`  ${l7} -> ${id(p, "dc", dc)} [color="#7f8c8d", arrowsize=0.6];`);
  }
  for (const dc of record.dataCenters) {
    out.push(`  ${id(p, "dc", dc.name)} [label=${quote(`data center ${dc.name}\n${dc.region}`)}, shape=cylinder, fillcolor="#ebdef0"];`);
  }
  return out;
}

/** Renders DOT to SVG with Graphviz compiled to WebAssembly (@viz-js/viz, a dev dependency). */
export async function renderSvg(dot: string): Promise<string> {
  let viz: typeof import("@viz-js/viz");
  try {
    viz = await import("@viz-js/viz");
  } catch {
    throw new Error("rendering SVG needs @viz-js/viz: npm install --save-dev @viz-js/viz");
  }
  const instance = await viz.instance();
  return instance.renderString(dot, { format: "svg", engine: "dot" });
}
