/**
 * For every POP of the reference platform (stacks/main.ts): the names DNS answers with, read
 * from the synthesized Route53 records, must each be covered by the certificate of every TLS
 * listener those records lead to — followed through the Terraform JSON itself (record → NLB →
 * target group → ALB → HTTPS listener → ACM certificate and extra listener certificates, or
 * record → VIP (or → Global Accelerator → its L4 node endpoints → their VIPs) → the L7 fleet
 * instances whose HAProxy binds it → the certificate they load).
 */
import { Testing } from "cdktf";
import { certificateCovers } from "../../lib/model/tls-names";
import { ReferenceStack } from "../../stacks/main";

type Json = Record<string, Record<string, Record<string, unknown>>>;
type Resource = Record<string, any>;

/** A TLS endpoint a DNS answer leads to, and the names its certificate(s) carry. */
interface TlsEndpoint {
  readonly what: string;
  readonly names: readonly string[];
}

/** Names DNS answers with, and what each answer leads to, per POP. */
interface PopExposure {
  readonly names: Set<string>;
  readonly endpoints: TlsEndpoint[];
  readonly unresolved: string[];
}

const ref = (s: unknown, type: string, attr: string): string | undefined => {
  const m = new RegExp(`^\\$\\{${type}\\.([^.}]+)\\.${attr}\\}$`).exec(String(s));
  return m?.[1];
};

function certificateNamesOf(json: Json, arnExpr: unknown): string[] {
  const validation = ref(arnExpr, "aws_acm_certificate_validation", "certificate_arn");
  const certExpr = validation ? json.aws_acm_certificate_validation[validation].certificate_arn : arnExpr;
  const certId = ref(certExpr, "aws_acm_certificate", "arn");
  if (!certId) return [];
  const cert = json.aws_acm_certificate[certId] as Resource;
  return [cert.domain_name, ...(cert.subject_alternative_names ?? [])];
}

/** TLS endpoints behind a load balancer, following NLB TCP listeners to the ALBs they forward to. */
function endpointsOfLb(json: Json, lbId: string): TlsEndpoint[] {
  const out: TlsEndpoint[] = [];
  for (const [id, l] of Object.entries(json.aws_lb_listener ?? {}) as [string, Resource][]) {
    if (ref(l.load_balancer_arn, "aws_lb", "arn") !== lbId || l.port !== 443) continue;
    if (l.protocol === "HTTPS" || l.protocol === "TLS") {
      const extra = (Object.values(json.aws_lb_listener_certificate ?? {}) as Resource[])
        .filter((c) => ref(c.listener_arn, "aws_lb_listener", "arn") === id)
        .flatMap((c) => certificateNamesOf(json, c.certificate_arn));
      out.push({ what: `listener ${id}`, names: [...certificateNamesOf(json, l.certificate_arn), ...extra] });
      continue;
    }
    for (const action of l.default_action as Resource[]) {
      const tg = ref(action.target_group_arn, "aws_lb_target_group", "arn");
      if (!tg) continue;
      for (const a of Object.values(json.aws_lb_target_group_attachment ?? {}) as Resource[]) {
        if (ref(a.target_group_arn, "aws_lb_target_group", "arn") !== tg) continue;
        const alb = ref(a.target_id, "aws_lb", "arn");
        if (alb) out.push(...endpointsOfLb(json, alb));
      }
    }
  }
  return out;
}

/** TLS endpoints serving a VIP: L7 fleet instances whose HAProxy binds `vip:443` with a certificate. */
function endpointsOfAddress(json: Json, vip: string): TlsEndpoint[] {
  return (Object.entries(json.aws_instance ?? {}) as [string, Resource][])
    .filter(([, i]) => typeof i.user_data === "string" && i.user_data.includes(`bind ${vip}:443 `) && i.user_data.includes(" ssl crt "))
    .map(([id, i]) => {
      // The node exports the certificate named in its user data (the validated ARN).
      const arn = /\$\{aws_acm_certificate(?:_validation)?\.[^.}]+\.(?:certificate_)?arn\}/.exec(i.user_data as string);
      return { what: `instance ${id}`, names: arn ? certificateNamesOf(json, arn[0]) : [] };
    });
}

/**
 * TLS endpoints behind a Global Accelerator (an internet-facing bgp-ecmp POP): its endpoint
 * groups' instances are L4 nodes, which hash the flows to the L7 nodes serving their VIPs.
 */
function endpointsOfAccelerator(json: Json, acceleratorId: string): TlsEndpoint[] {
  const listeners = (Object.entries(json.aws_globalaccelerator_listener ?? {}) as [string, Resource][])
    .filter(([, l]) => ref(l.accelerator_arn, "aws_globalaccelerator_accelerator", "id") === acceleratorId || ref(l.accelerator_arn, "aws_globalaccelerator_accelerator", "arn") === acceleratorId)
    .map(([id]) => id);
  const nodes = (Object.values(json.aws_globalaccelerator_endpoint_group ?? {}) as Resource[])
    .filter((g) => listeners.includes(ref(g.listener_arn, "aws_globalaccelerator_listener", "arn") ?? ref(g.listener_arn, "aws_globalaccelerator_listener", "id") ?? ""))
    .flatMap((g) => (g.endpoint_configuration as Resource[]).map((c) => ref(c.endpoint_id, "aws_instance", "id")))
    .filter((id): id is string => id !== undefined);
  const vips = new Set(nodes.flatMap((id) => {
    const vipList = /"vips": \[([^\]]*)\]/.exec(String((json.aws_instance[id] as Resource).user_data))?.[1] ?? "";
    return [...vipList.matchAll(/"([\d.]+)"/g)].map((m) => m[1]);
  }));
  return [...vips].flatMap((vip) => endpointsOfAddress(json, vip));
}

function exposureByPop(json: Json): Map<string, PopExposure> {
  const byPop = new Map<string, PopExposure>();
  for (const [id, r] of Object.entries(json.aws_route53_record) as [string, Resource][]) {
    if (r.for_each !== undefined || (r.type !== "A" && r.type !== "AAAA")) continue; // ACM validation records
    const pop = /_Pop-([a-z0-9-]+?)(?:-default)?_/.exec(id)?.[1] ?? /^Edge_Pop-([a-z0-9-]+)_/.exec(id)?.[1];
    if (!pop) throw new Error(`cannot tell which POP record ${id} answers for`);
    const e = byPop.get(pop) ?? { names: new Set<string>(), endpoints: [], unresolved: [] };
    byPop.set(pop, e);
    e.names.add(r.name);
    const lb = r.alias ? ref(r.alias.name, "aws_lb", "dns_name") : undefined;
    const accelerator = r.alias ? ref(r.alias.name, "aws_globalaccelerator_accelerator", "dns_name") : undefined;
    const found = lb
      ? endpointsOfLb(json, lb)
      : accelerator
        ? endpointsOfAccelerator(json, accelerator)
        : (r.records as string[] ?? []).flatMap((a) => endpointsOfAddress(json, a));
    if (found.length === 0) e.unresolved.push(`${r.name} → ${JSON.stringify(r.alias?.name ?? r.records)}`);
    for (const f of found) if (!e.endpoints.some((x) => x.what === f.what)) e.endpoints.push(f);
  }
  return byPop;
}

function uncovered(exposure: Map<string, PopExposure>): string[] {
  const problems: string[] = [];
  for (const [pop, e] of exposure) {
    for (const u of e.unresolved) problems.push(`${pop}: no TLS listener found for ${u}`);
    for (const endpoint of e.endpoints) {
      for (const name of e.names) {
        if (!certificateCovers(endpoint.names, name)) problems.push(`${pop}: ${endpoint.what} presents [${endpoint.names.join(", ")}], not ${name}`);
      }
    }
  }
  return problems;
}

describe("certificate coverage of the reference platform", () => {
  const json = (JSON.parse(Testing.synth(new ReferenceStack(Testing.app(), "main"))) as { resource: Json }).resource;
  const exposure = exposureByPop(json);

  test("every POP is answered for by the service name and its own hostname", () => {
    expect([...exposure.keys()].sort()).toEqual(["fra", "gru", "iad", "lhr", "nrt", "sfo", "sin", "syd"]);
    for (const [pop, e] of exposure) {
      expect([...e.names].sort()).toEqual([`${pop}.pop.edge.example.com`, "www.edge.example.com"]);
      expect(e.unresolved).toEqual([]);
    }
    // fra's VIP leads to the 16 HAProxy nodes of its L7 fleet; the others to an ALB listener.
    expect(exposure.get("fra")!.endpoints.map((x) => x.what)).toHaveLength(16);
    expect(exposure.get("iad")!.endpoints.map((x) => x.what)).toEqual([expect.stringMatching(/^listener Edge_Pop-iad_L7_Https_/)]);
  });

  test("every TLS listener a DNS answer leads to presents a certificate valid for every name DNS answers with", () => {
    expect(uncovered(exposure)).toEqual([]);
  });

  test("the check finds a fleet certificate that lacks the service name", () => {
    const broken = JSON.parse(JSON.stringify(json)) as Json;
    const [certId] = Object.keys(broken.aws_acm_certificate).filter((id) => id.startsWith("Edge_Pop-fra_"));
    (broken.aws_acm_certificate[certId] as Resource).subject_alternative_names = [];
    const problems = uncovered(exposureByPop(broken));
    expect(problems).toHaveLength(16);
    expect(problems[0]).toMatch(/^fra: instance Edge_Pop-fra_L7Fleet_Node-fra-l7-\d+_\w+ presents \[fra\.pop\.edge\.example\.com\], not www\.edge\.example\.com$/);
  });

  test("the check finds a certificate that lacks the service name", () => {
    // GIVEN the same synthesized platform with the service name dropped from iad's certificate
    const broken = JSON.parse(JSON.stringify(json)) as Json;
    const [certId] = Object.keys(broken.aws_acm_certificate).filter((id) => id.startsWith("Edge_Pop-iad_"));
    (broken.aws_acm_certificate[certId] as Resource).subject_alternative_names = [];
    // THEN
    expect(uncovered(exposureByPop(broken))).toEqual([expect.stringMatching(/^iad: listener Edge_Pop-iad_L7_Https_\w+ presents \[iad\.pop\.edge\.example\.com\], not www\.edge\.example\.com$/)]);
  });
});
