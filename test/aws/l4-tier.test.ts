import { gunzipSync } from "zlib";
import { GlobalAccelerator } from "../../lib/aws/global-accelerator";
import { L4Mode } from "../../lib/aws/l4-mode";
import { L4Tier } from "../../lib/aws/l4-tier";
import { L7Tier } from "../../lib/aws/l7-tier";
import { fixture, network, ofType } from "./helpers";

function setup() {
  const f = fixture();
  const l7 = new L7Tier(f.stack, "L7", { name: "fra", region: "eu-central-1", network, domainName: "fra.example.com", zone: f.dns, origins: [f.dc] });
  return { ...f, l7 };
}

const bgp = (overrides: Partial<Extract<L4Mode, { kind: "bgp-ecmp" }>> = {}): L4Mode => ({
  kind: "bgp-ecmp",
  exposure: "private",
  ami: "ami-1",
  vips: ["203.0.113.10"],
  localAsn: 65010,
  nodes: [1, 2, 3].map((i) => ({ name: `n${i}`, address: `10.0.0.${i}`, subnetId: "subnet-a" })),
  peering: { kind: "transit-gateway", transitGatewayId: "tgw-1", transportAttachmentId: "tgw-attach-1" },
  l7Backends: ["a", "b", "c"].map((n, i) => ({ name: n, address: `10.0.1.${i}` })),
  ...overrides,
});

function userDataFiles(userData: string): Record<string, string> {
  const files: Record<string, string> = {};
  let current = "";
  for (const line of userData.split("\n")) {
    const path = /^  - path: (.*)$/.exec(line);
    const packed = /^ {4}content: (\S+)$/.exec(line);
    if (path) current = path[1];
    else if (current && packed && packed[1] !== "|") files[current] = gunzipSync(Buffer.from(packed[1], "base64")).toString("latin1");
    else if (current && line.startsWith("      ")) files[current] = `${files[current] ?? ""}${line.slice(6)}\n`;
    else if (!line.startsWith("    ")) current = "";
  }
  return files;
}

const nodeConfig = (instance: Record<string, unknown>) => JSON.parse(userDataFiles(instance.user_data as string)["/etc/edge-l4/node.json"]);

describe("L4Tier", () => {
  test("managed mode: an NLB with cross-zone set explicitly, forwarding TCP 443 and 80 to the ALB", () => {
    const { stack, l7 } = setup();
    new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: { kind: "managed" } });
    const nlb = ofType(stack, "aws_lb").find((l) => l.load_balancer_type === "network")!;
    expect(nlb).toMatchObject({ enable_cross_zone_load_balancing: true, region: "eu-central-1" });
    const groups = ofType(stack, "aws_lb_target_group").filter((g) => g.target_type === "alb");
    expect(groups.map((g) => [g.protocol, g.port])).toEqual([["TCP", 443], ["TCP", 80]]);
  });

  test("bgp-ecmp mode: every node gets a fixed address, a TGW Connect peer and the same Maglev table", () => {
    const { stack, l7 } = setup();
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp() });
    const instances = ofType(stack, "aws_instance");
    expect(instances.map((i) => i.private_ip)).toEqual(["10.0.0.1", "10.0.0.2", "10.0.0.3"]);
    expect(instances.every((i) => i.source_dest_check === false)).toBe(true);
    const peers = ofType(stack, "aws_ec2_transit_gateway_connect_peer");
    expect(peers.map((p) => [p.peer_address, p.inside_cidr_blocks])).toEqual([
      ["10.0.0.1", ["169.254.100.0/29"]],
      ["10.0.0.2", ["169.254.100.8/29"]],
      ["10.0.0.3", ["169.254.100.16/29"]],
    ]);
    const tables = instances.map((i) => userDataFiles(i.user_data as string)["/etc/edge-l4/table.emgl"]);
    expect(new Set(tables).size).toBe(1);
    // M = 65537 does not fit in user data: the nodes get the header-only table and rebuild it.
    expect(Buffer.from(tables[0], "latin1")).toEqual(Buffer.from(l4.forwardingTable!.headerBytes));
    expect(l4.fleet!.tableDelivery).toBe("header-only");
    expect(instances.map((i) => nodeConfig(i).table.digest)).toEqual(Array(3).fill(l4.forwardingTable!.digest));
    expect(instances.every((i) => Buffer.byteLength(i.user_data as string) <= 16384)).toBe(true);
    const bird = userDataFiles(instances[0].user_data as string)["/etc/bird/bird.conf"];
    expect(bird).toContain("neighbor 169.254.100.2 as 64512;");
    expect(bird).toContain('include "/run/edge-l4/gate/bird-vips-*.conf";'); // VIP routes only while the gate passes
  });

  test("bgp-ecmp mode with a route server: BFD liveness with BIRD, keepalives with ExaBGP (which has no BFD)", () => {
    const { stack, l7 } = setup();
    new L4Tier(stack, "Bird", { name: "fra", region: "eu-central-1", network, l7, mode: bgp({ peering: { kind: "route-server", routeTableIds: ["rtb-1"] } }) });
    new L4Tier(stack, "Exa", { name: "sin", region: "eu-central-1", network, l7, mode: bgp({ daemon: "exabgp", peering: { kind: "route-server", routeTableIds: ["rtb-2"] } }) });
    expect(ofType(stack, "aws_vpc_route_server_peer").map((p) => (p.bgp_options as { peer_liveness_detection: string }[])[0].peer_liveness_detection)).toEqual([
      ...Array(3).fill("bfd"),
      ...Array(3).fill("bgp-keepalive"),
    ]);
    const [bird, exa] = [ofType(stack, "aws_instance")[0], ofType(stack, "aws_instance")[3]].map((i) => userDataFiles(i.user_data as string));
    expect(bird["/etc/bird/bird.conf"]).toContain("  bfd on;");
    expect(exa["/etc/exabgp/exabgp.conf"]).toContain("  run /usr/local/sbin/edge-l4 gate --exabgp;");
  });

  test("a small table travels whole in the user data", () => {
    const { stack, l7 } = setup();
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp({ maglevTableSize: 1021 }) });
    expect(l4.fleet!.tableDelivery).toBe("complete");
    const file = userDataFiles(ofType(stack, "aws_instance")[0].user_data as string)["/etc/edge-l4/table.emgl"];
    expect(Buffer.from(file, "latin1")).toEqual(Buffer.from(l4.forwardingTable!.bytes));
  });

  test("the health gate checks the L7 backends' /healthz over HTTPS with the L7 certificate's name", () => {
    const { stack, l7 } = setup();
    new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp() });
    expect(nodeConfig(ofType(stack, "aws_instance")[0]).probe).toEqual({
      protocol: "https",
      port: 443,
      path: "/healthz",
      serverName: "fra.example.com",
      caFile: "/etc/ssl/certs/ca-certificates.crt",
      timeoutSeconds: 2,
      minHealthyPercent: 50,
    });
  });

  test("an L7 fleet supplies the Maglev backends and its health check", () => {
    const { stack, l7 } = setup();
    const pool = { maglevBackends: [{ name: "l7-a", address: "10.0.2.1" }, { name: "l7-b", address: "10.0.2.2", weight: 2 }], healthCheck: { protocol: "http" as const, port: 8080 } };
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp({ l7Backends: pool }) });
    expect(l4.forwardingTable!.backends).toEqual([{ name: "l7-a", address: "10.0.2.1", weight: 1 }, { name: "l7-b", address: "10.0.2.2", weight: 2 }]);
    expect(nodeConfig(ofType(stack, "aws_instance")[0]).probe).toMatchObject({ protocol: "http", port: 8080, path: "/healthz" });
  });

  test("an L7 fleet behind the tier: its nodes are the backends and the gate probes their plain-HTTP health endpoint", () => {
    const { stack } = setup();
    const fleet = {
      originTlsHostname: "fra.example.com",
      healthCheckPath: "/healthz",
      certificateNames: ["fra.example.com"],
      backends: [{ name: "l7-a", address: "10.0.2.1", weight: 1 }],
      healthEndpoint: { port: 8080, path: "/healthz" },
    };
    const { l7Backends: _, ...withoutBackends } = bgp() as Extract<L4Mode, { kind: "bgp-ecmp" }>;
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7: fleet, mode: withoutBackends });
    expect(l4.forwardingTable!.backends).toEqual([{ name: "l7-a", address: "10.0.2.1", weight: 1 }]);
    expect(nodeConfig(ofType(stack, "aws_instance")[0]).probe).toMatchObject({ protocol: "http", port: 8080, path: "/healthz" });
    expect(() => new L4Tier(stack, "L4b", { name: "fra2", region: "eu-central-1", network, l7: fleet, mode: bgp() })).toThrow(/l7Backends given while the POP runs an L7 fleet/);
  });

  test("internet exposure: a Global Accelerator with the instances as endpoints, checked on the gate port, is the DNS answer", () => {
    const { stack, l7, dns } = setup();
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp({ exposure: "internet" }) });
    dns.addPop(l4, { kind: "latency", latencyRegion: "eu-central-1" });
    const group = ofType(stack, "aws_globalaccelerator_endpoint_group")[0];
    expect(group).toMatchObject({ endpoint_group_region: "eu-central-1", health_check_protocol: "HTTP", health_check_port: 8081, health_check_path: "/" });
    const endpoints = group.endpoint_configuration as { endpoint_id: string; client_ip_preservation_enabled: boolean }[];
    expect(endpoints.map((e) => /^\$\{aws_instance\.L4_Node-(n\d)_[0-9A-F]+\.id\}$/.exec(e.endpoint_id)?.[1])).toEqual(Object.keys(l4.nodes));
    expect(endpoints.every((e) => e.client_ip_preservation_enabled)).toBe(true);
    const record = ofType(stack, "aws_route53_record").find((r) => r.set_identifier === "fra")!;
    expect(record.alias).toEqual({ name: expect.stringMatching(/^\$\{aws_globalaccelerator_accelerator\..*\.dns_name\}$/), zone_id: expect.stringMatching(/hosted_zone_id/), evaluate_target_health: true });
    const config = nodeConfig(ofType(stack, "aws_instance")[0]);
    expect(config.serviceAddresses).toEqual(["203.0.113.10"]);
    expect(userDataFiles(ofType(stack, "aws_instance")[0].user_data as string)["/etc/edge-l4/edge-l4.nft"]).toContain("ip daddr 10.0.0.1 tcp dport { 443, 80 } dnat to 203.0.113.10");
    expect(l4.replyPath).toBe("via-l4-node");
    expect(config.gate.readyPort).toBe(8081);
    const sg = ofType(stack, "aws_security_group").find((g) => String(g.name).endsWith("-l4-nodes"))!;
    expect((sg.ingress as { from_port: number; cidr_blocks: string[] }[]).find((r) => r.from_port === 443)!.cidr_blocks).toEqual(["0.0.0.0/0"]);
  });

  test("fails to put a private fleet into public DNS", () => {
    const { stack, l7, dns } = setup();
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp() });
    expect(() => dns.addPop(l4, { kind: "latency", latencyRegion: "eu-central-1" })).toThrow(
      /^test\/Dns\/fra: a private endpoint is not reachable from the internet, so it cannot be a public DNS answer or be probed by Route 53 health checks \(got "fra"\)/,
    );
    const sg = ofType(stack, "aws_security_group").find((g) => String(g.name).endsWith("-l4-nodes"))!;
    expect((sg.ingress as { from_port: number; cidr_blocks: string[] }[]).find((r) => r.from_port === 443)!.cidr_blocks).toEqual(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]);
  });

  test("fails on ExaBGP with a BFD route server peer", () => {
    const { stack, l7 } = setup();
    const mode = bgp({ daemon: "exabgp", peering: { kind: "route-server", routeTableIds: ["rtb-1"], peerLiveness: "bfd" } });
    expect(() => new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode })).toThrow(
      'test/L4: mode.peering.peerLiveness asks for BFD, which ExaBGP does not have: the route server would never see the node up (got "bfd"); expected daemon "bird" (BFD), or peerLiveness "bgp-keepalive"',
    );
  });

  test("fails without an exposure", () => {
    const { stack, l7 } = setup();
    const mode = { ...bgp(), exposure: undefined } as unknown as L4Mode;
    expect(() => new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode })).toThrow(/^test\/L4: mode.exposure is missing \(got undefined\); expected one of "internet", "private"/);
  });

  test("fails on an L4 node count of 0", () => {
    const { stack, l7 } = setup();
    expect(() => new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp({ nodes: [] }) })).toThrow(
      "test/L4: mode.nodes has 0 entries (got []); expected 1 to 64 entries",
    );
  });

  test("fails on a Maglev table size that is not prime", () => {
    const { stack, l7 } = setup();
    expect(() => new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp({ maglevTableSize: 65536 }) })).toThrow(/^test\/L4: .*65536.*prime/);
  });

  test("fails on an L7 backend weight below 0", () => {
    const { stack, l7 } = setup();
    const l7Backends = [{ name: "a", address: "10.0.1.1", weight: -1 }, { name: "b", address: "10.0.1.2" }];
    expect(() => new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp({ l7Backends }) })).toThrow(/^test\/L4: .*-1/);
  });

  test("fails on a region string that is not an AWS region", () => {
    const { stack, l7 } = setup();
    expect(() => new L4Tier(stack, "L4", { name: "fra", region: "frankfurt", network, l7, mode: { kind: "managed" } })).toThrow(
      /test\/L4: region is not an AWS region \(got "frankfurt"\)/,
    );
  });
});

describe("GlobalAccelerator", () => {
  test("puts anycast addresses (BYOIP) in front of a managed L4 tier with a traffic dial and flow logs", () => {
    const { stack, l7 } = setup();
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: { kind: "managed" } });
    const anycast = new GlobalAccelerator(stack, "Anycast", { name: "edge", byoipAddresses: ["198.51.100.10"], clientAffinity: "SOURCE_IP", flowLogs: { bucketName: "logs" } });
    anycast.addPop(l4, "eu-central-1", 25);
    expect(ofType(stack, "aws_globalaccelerator_accelerator")[0]).toMatchObject({
      ip_addresses: ["198.51.100.10"],
      attributes: { flow_logs_enabled: true, flow_logs_s3_bucket: "logs", flow_logs_s3_prefix: "edge/" },
    });
    expect(ofType(stack, "aws_globalaccelerator_listener")[0]).toMatchObject({ client_affinity: "SOURCE_IP", protocol: "TCP" });
    expect(ofType(stack, "aws_globalaccelerator_endpoint_group")[0]).toMatchObject({ endpoint_group_region: "eu-central-1", traffic_dial_percentage: 25 });
  });

  test("fails on a private BGP/ECMP L4 tier, which the internet cannot reach", () => {
    const { stack, l7 } = setup();
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp() });
    const anycast = new GlobalAccelerator(stack, "Anycast", { name: "edge" });
    expect(() => anycast.addPop(l4, "eu-central-1")).toThrow(
      'test/Anycast: Global Accelerator cannot reach a private L4 tier (got "fra"); expected an L4 tier in mode { kind: "managed" } or { kind: "bgp-ecmp", exposure: "internet" }',
    );
  });
});
