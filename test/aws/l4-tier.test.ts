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
    if (path) current = path[1];
    else if (current && line.startsWith("      ")) files[current] = `${files[current] ?? ""}${line.slice(6)}\n`;
    else if (!line.startsWith("    ")) current = "";
  }
  return files;
}

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
    const tables = instances.map((i) => userDataFiles(i.user_data as string)["/etc/edge-l4/forwarding.json"]);
    expect(new Set(tables).size).toBe(1);
    expect(JSON.parse(tables[0])).toMatchObject({ hash: "maglev", tableSize: 65537, tableDigest: l4.forwardingTable!.digest });
    const bird = userDataFiles(instances[0].user_data as string)["/etc/bird/bird.conf"];
    expect(bird).toContain("neighbor 169.254.100.2 as 64512;");
    expect(bird).toContain("route 203.0.113.10/32 blackhole;");
  });

  test("bgp-ecmp mode with a route server: BFD liveness on every peer, ExaBGP health-gated announcements", () => {
    const { stack, l7 } = setup();
    new L4Tier(stack, "L4", {
      name: "fra",
      region: "eu-central-1",
      network,
      l7,
      mode: bgp({ daemon: "exabgp", peering: { kind: "route-server", routeTableIds: ["rtb-1"] } }),
    });
    expect(ofType(stack, "aws_vpc_route_server_peer").map((p) => p.bgp_options)).toEqual(
      Array(3).fill([{ peer_asn: 65010, peer_liveness_detection: "bfd" }]),
    );
    const exabgp = userDataFiles(ofType(stack, "aws_instance")[0].user_data as string)["/etc/exabgp/exabgp.conf"];
    expect(exabgp).toContain("--withdraw-on-down");
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

  test("fails on a BGP/ECMP L4 tier, which has no NLB to accelerate", () => {
    const { stack, l7 } = setup();
    const l4 = new L4Tier(stack, "L4", { name: "fra", region: "eu-central-1", network, l7, mode: bgp() });
    const anycast = new GlobalAccelerator(stack, "Anycast", { name: "edge" });
    expect(() => anycast.addPop(l4, "eu-central-1")).toThrow('test/Anycast: Global Accelerator needs a managed (NLB) L4 tier (got "fra"); expected an L4 tier in mode { kind: "managed" }');
  });
});
