import { L4Mode } from "../../lib/aws/l4-mode";
import { L7Fleet } from "../../lib/aws/l7-fleet";
import { Pop, PopProps } from "../../lib/aws/pop";
import { L7_NODE_PATHS } from "../../lib/model/l7-node-config";
import { cloudInitFiles } from "../l7/cloud-init";
import { fixture, network, ofType } from "./helpers";

const bgp: L4Mode = {
  kind: "bgp-ecmp",
  exposure: "internet",
  ami: "ami-0123456789abcdef0",
  vips: ["203.0.113.10"],
  localAsn: 65010,
  nodes: [1, 2].map((i) => ({ name: `l4-${i}`, address: `10.30.0.${10 + i}`, subnetId: "subnet-a" })),
  peering: { kind: "transit-gateway", transitGatewayId: "tgw-1", transportAttachmentId: "tgw-attach-1" },
};
const fleet = {
  kind: "fleet" as const,
  ami: "ami-0fedcba9876543210",
  nodes: ["a", "b", "c"].map((n, i) => ({ name: `l7-${n}`, address: `10.30.1.${10 + i}`, subnetId: "subnet-a" })),
};

function ownFleetPop(overrides: Partial<PopProps> = {}) {
  const { stack, dns, dc } = fixture();
  const pop = new Pop(stack, "Fra", { name: "fra", region: "eu-central-1", network, hostname: "fra.pop.example.com", serviceNames: ["www.example.com"], zone: dns, origins: [dc], l4: bgp, l7: fleet, ...overrides });
  return { stack, dns, pop };
}

describe("L7Fleet", () => {
  test("its nodes are the L4 tier's Maglev backends: one spec describes the POP", () => {
    const { pop } = ownFleetPop();
    expect(pop.l7).toBeInstanceOf(L7Fleet);
    expect(pop.l4.forwardingTable!.backends).toEqual([
      { name: "l7-a", address: "10.30.1.10", weight: 1 },
      { name: "l7-b", address: "10.30.1.11", weight: 1 },
      { name: "l7-c", address: "10.30.1.12", weight: 1 },
    ]);
    const l7 = pop.l7 as L7Fleet;
    expect(l7.maglevBackends).toBe(l7.backends);
    expect(l7.healthCheck).toEqual({ protocol: "http", port: 8080, path: "/healthz", timeoutSeconds: 2 });
  });

  test("runs instances with fixed addresses, no source/destination check (DSR) and IMDSv2", () => {
    const { stack } = ownFleetPop();
    const nodes = ofType(stack, "aws_instance").filter((i) => (i.tags as Record<string, string>)["cdktf-edge:tier"] === "l7-fleet");
    expect(nodes.map((n) => n.private_ip)).toEqual(["10.30.1.10", "10.30.1.11", "10.30.1.12"]);
    for (const n of nodes) {
      expect(n).toMatchObject({ source_dest_check: false, instance_type: "c7g.large", region: "eu-central-1", metadata_options: { http_tokens: "required" }, root_block_device: { encrypted: true } });
      expect(n.iam_instance_profile).toMatch(/aws_iam_instance_profile\./);
    }
  });

  test("issues an exportable certificate for every name DNS sends and lets the nodes export only that one", () => {
    const { stack, pop } = ownFleetPop();
    expect(pop.certificateNames).toEqual(["fra.pop.example.com", "www.example.com"]);
    expect(ofType(stack, "aws_acm_certificate")[0]).toMatchObject({
      domain_name: "fra.pop.example.com",
      subject_alternative_names: ["www.example.com"],
      validation_method: "DNS",
      options: { export: "ENABLED" },
    });
    const [policy] = ofType(stack, "aws_iam_role_policy");
    expect(policy.policy).toMatch(/^\$\{jsonencode\(\{"Version" = "2012-10-17", "Statement" = \[\{"Effect" = "Allow", "Action" = \["acm:ExportCertificate"\], "Resource" = aws_acm_certificate\.Fra_L7Fleet_Certificate_\w+\.arn\}\]\}\)\}$/);
  });

  test("renders HAProxy on the VIPs with the health endpoint on the node's own address", () => {
    const { stack } = ownFleetPop();
    const node = ofType(stack, "aws_instance").find((i) => i.private_ip === "10.30.1.11")!;
    const files = cloudInitFiles(node.user_data as string);
    const cfg = files[L7_NODE_PATHS.haproxyConfig];
    expect(cfg).toContain("  bind 203.0.113.10:443 ssl crt /etc/haproxy/certs/edge.pem alpn h2,http/1.1\n");
    expect(cfg).toContain("  bind 10.30.1.11:8080\n  monitor-uri /healthz\n");
    expect(cfg).toContain("  http-reuse always\n");
    expect(files[L7_NODE_PATHS.dsr]).toContain("ip addr replace 203.0.113.10/32 dev lo\n");
    expect(files[L7_NODE_PATHS.fetchCertificate]).toMatch(/aws acm export-certificate --region eu-central-1 --certificate-arn \$\{aws_acm_certificate_validation\.\w+\.certificate_arn\}/);
    expect(node.user_data as string).toMatch(/^#cloud-config\npackage_update: true\npackages:\n {2}- haproxy\n/);
  });

  test("admits IPIP and health probes from the L4 tier only", () => {
    const { stack } = ownFleetPop();
    const sg = ofType(stack, "aws_security_group").find((g) => g.name === "fra-l7-fleet")!;
    expect((sg.ingress as Record<string, unknown>[]).map((r) => [r.protocol, r.from_port, r.cidr_blocks])).toEqual([
      ["4", 0, ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]],
      ["tcp", 8080, ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]],
    ]);
  });

  test("a secret-held certificate must state names covering the hostname and the service name", () => {
    const secretArn = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:edge-cert";
    expect(() => ownFleetPop({ l7: { ...fleet, certificate: { kind: "secrets-manager", secretArn, names: ["fra.pop.example.com"] } } })).toThrow(
      'test/Fra/L7Fleet: certificate.names do not cover every name DNS sends to the fleet (got ["fra.pop.example.com"]); expected names covering www.example.com too',
    );
    const { stack } = ownFleetPop({ l7: { ...fleet, certificate: { kind: "secrets-manager", secretArn, names: ["*.pop.example.com", "www.example.com"] } } });
    expect(ofType(stack, "aws_acm_certificate")).toEqual([]);
    expect(ofType(stack, "aws_iam_role_policy")[0].policy).toContain(`"Action" = ["secretsmanager:GetSecretValue"], "Resource" = "${secretArn}"`);
  });

  test("fails with a managed L4 tier", () => {
    expect(() => ownFleetPop({ l4: { kind: "managed" } })).toThrow(
      'test/Fra: an L7 fleet needs a bgp-ecmp L4 tier to feed it (got "managed"); expected l4: { kind: "bgp-ecmp", ... } with the fleet, or l7: { kind: "alb" } behind a managed L4 tier',
    );
  });

  test("fails when the L4 mode also lists l7Backends", () => {
    expect(() => ownFleetPop({ l4: { ...bgp, l7Backends: [{ name: "x", address: "10.0.0.1" }] } as L4Mode })).toThrow(
      'test/Fra/L4: l7Backends given while the POP runs an L7 fleet (got ["x"]); expected no l7Backends: the fleet\'s nodes are the Maglev backends',
    );
  });

  test("fails on an ELB policy for a POP without an ALB", () => {
    expect(() => ownFleetPop({ tlsPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" })).toThrow(/tlsPolicy names an ELB policy, and this POP has no ALB/);
  });

  test.each([
    [{ nodes: [{ name: "l7-a", address: "10.30.1.300", subnetId: "subnet-a" }] }, 'test/Fra: l7.nodes[0].address is not an IPv4 address (got "10.30.1.300")'],
    [{ nodes: [] }, "test/Fra: l7.nodes has 0 entries (got []); expected 1 to 256 entries"],
    [{ pool: { idleConnectionsPerServer: 100, maxConnectionsPerServer: 10 } }, "test/Fra/L7Fleet: pool.idleConnectionsPerServer is more than pool.maxConnectionsPerServer (10) (got 100); expected at most 10"],
    [{ healthPort: 443 }, "test/Fra/L7Fleet: healthPort collides with the VIP listeners (got 443); expected a port other than 80 and 443 (e.g. the default 8080)"],
    [{ nodes: [{ name: "l7-a", address: "10.30.1.10", subnetId: "subnet-a" }, { name: "l7-b", address: "10.30.1.10", subnetId: "subnet-a" }] }, 'test/Fra/L7Fleet: nodes has two L7 node addresses'],
  ])("fails on bad fleet input %#", (bad, message) => {
    expect(() => ownFleetPop({ l7: { ...fleet, ...bad } })).toThrow(message);
  });

  test("a small pool brings the idle and warm defaults down with it", () => {
    const { pop } = ownFleetPop({ l7: { ...fleet, pool: { maxConnectionsPerServer: 2 } } });
    expect((pop.l7 as L7Fleet).nodeFiles["l7-a"][L7_NODE_PATHS.haproxyConfig]).toContain("maxconn 2 pool-max-conn 2 pool-low-conn 2 pool-purge-delay 300000ms");
  });

  test("the L4 nodes' health gate probes each fleet node's plain-HTTP health endpoint", () => {
    const { stack } = ownFleetPop();
    const l4 = ofType(stack, "aws_instance").filter((i) => (i.tags as Record<string, string>)["cdktf-edge:tier"] === "l4");
    expect(l4).toHaveLength(2);
    for (const node of l4) {
      expect(node.user_data as string).toMatch(/"protocol": "http",\s+"port": 8080,\s+"path": "\/healthz",/);
    }
  });

  test.each([
    ["internet", ["10.30.0.11", "10.30.0.12"]],
    ["private", []],
  ])("with exposure %s, replies return through the L4 nodes %j", (exposure, via) => {
    const { stack, pop } = ownFleetPop({ l4: { ...bgp, exposure } as L4Mode });
    const files = (pop.l7 as L7Fleet).nodeFiles["l7-a"];
    const script = files[L7_NODE_PATHS.returnPath];
    if (via.length === 0) {
      expect(script).toBeUndefined();
    } else {
      for (const [i, l4] of via.entries()) expect(script).toContain(`ip link add edge-ret${i + 1} type ipip local 10.30.1.10 remote ${l4} `);
      const sg = ofType(stack, "aws_security_group").find((g) => g.name === "fra-l7-fleet")!;
      expect((sg.egress as Record<string, unknown>[]).map((r) => r.protocol)).toEqual(["tcp", "4"]);
    }
  });
});
