import { gunzipSync } from "zlib";
import { buildForwardingTable } from "../../lib/model/forwarding-table";
import { EDGE_L4_AGENT } from "../../lib/model/l4-node-agent";
import { clampedMss, renderCloudInit, renderL4NodeFiles, L4NodeConfigInput } from "../../lib/model/l4-node-config";

const table = buildForwardingTable([{ name: "a", address: "10.0.1.1", weight: 1 }], 7, "test");
const base: L4NodeConfigInput = {
  nodeName: "l4-1",
  nodeAddress: "10.0.0.11",
  vips: ["203.0.113.10"],
  serviceAddresses: ["203.0.113.10"],
  ports: [443, 80],
  localAsn: 65010,
  neighbors: [{ address: "10.0.0.2", asn: 65000 }],
  bfd: true,
  daemon: "bird",
  tableBytes: table.bytes,
  tableDigest: table.digest,
  probe: { protocol: "https", port: 443, path: "/healthz", serverName: "fra.example.com", caFile: "/etc/ssl/certs/ca-certificates.crt", timeoutSeconds: 2, minHealthyPercent: 50 },
  gate: { intervalSeconds: 2, rise: 2, fall: 3 },
  underlayMtu: 9001,
};
const text = (input: L4NodeConfigInput, path: string) => renderL4NodeFiles(input)[path]?.content as string | undefined;

describe("renderL4NodeFiles", () => {
  test("BIRD: VIP routes only from the gate's state file under /run, exported only to the peers, with BFD", () => {
    expect(text(base, "/etc/bird/bird.conf")).toBe(
      [
        "# l4-1: announce the VIPs only while the edge-l4 gate says the node is healthy",
        "router id 10.0.0.11;",
        "",
        "protocol device {}",
        "",
        "# Written by edge-l4 gate while the node passes its checks (protocol static vips); absent otherwise.",
        'include "/run/edge-l4/gate/bird-vips-*.conf";',
        "",
        "filter export_vips {",
        '  if proto = "vips" && net ~ [ 203.0.113.10/32 ] then accept;',
        "  reject;",
        "}",
        "",
        "protocol bfd {",
        '  interface "*" { min rx interval 300 ms; min tx interval 300 ms; multiplier 3; };',
        "}",
        "",
        "protocol bgp peer1 {",
        "  local 10.0.0.11 as 65010;",
        "  neighbor 10.0.0.2 as 65000;",
        "  bfd on;",
        "  ipv4 { import none; export filter export_vips; };",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("the node config carries the table digest, the probe, the gate timing and its state dir", () => {
    const config = JSON.parse(text(base, "/etc/edge-l4/node.json")!);
    expect(config).toEqual({
      node: "l4-1",
      daemon: "bird",
      vips: ["203.0.113.10"],
      serviceAddresses: ["203.0.113.10"],
      ports: [443, 80],
      table: { file: "/etc/edge-l4/table.emgl", format: "EMGL v1", digest: table.digest },
      probe: base.probe,
      gate: { intervalSeconds: 2, rise: 2, fall: 3, stateDir: "/run/edge-l4/gate", readyPort: null },
    });
    expect(renderL4NodeFiles(base)["/etc/edge-l4/table.emgl"]).toEqual({ content: table.bytes, mode: "0644", compress: true });
  });

  test("Transit Gateway Connect: BGP between GRE inside addresses, keepalives instead of BFD, GRE MTU below the TGW's 8500", () => {
    const input = { ...base, bfd: false, gre: { remoteAddress: "10.99.0.1", insideAddress: "169.254.100.1", insidePrefixLength: 29 } };
    const net = text(input, "/etc/edge-l4/net.sh")!;
    expect(net).toContain('ip link show gre1 >/dev/null 2>&1 || ip tunnel add gre1 mode gre local 10.0.0.11 remote 10.99.0.1 ttl 255 || die "cannot create gre1"');
    expect(net).toContain('ip link set dev gre1 mtu 8476 up || die "cannot bring gre1 up"');
    expect(net).not.toContain("|| true");
    expect(text(input, "/etc/bird/bird.conf")).toContain("  local 169.254.100.1 as 65010;\n  neighbor 10.0.0.2 as 65000;\n  hold time 9; keepalive time 3;");
    expect(text(input, "/etc/bird/bird.conf")).not.toContain("bfd");
  });

  test("the network script stops at the first failing step with its reason", () => {
    const net = text(base, "/etc/edge-l4/net.sh")!;
    expect(net.split("\n").slice(0, 5)).toEqual([
      "#!/bin/bash",
      "# l4-1: tunnels, VIPs, MTU and MSS. Fails loudly: nothing after a failed step runs.",
      "set -euo pipefail",
      'die() { echo "edge-l4-net: FAILED: $*" >&2; exit 1; }',
      'modprobe ipip || die "no ipip kernel module: this kernel cannot encapsulate flows to the L7 nodes"',
    ]);
  });

  test("behind Global Accelerator: the node's own address becomes the VIP, replies come back over IPIP (MTU = underlay − 20), MSS clamped", () => {
    const input = { ...base, acceleratorAddress: "10.0.0.11", underlayMtu: 1500, readyPort: 8081 };
    expect(text(input, "/etc/edge-l4/net.sh")).toContain('ip link set dev ipip0 mtu 1480 up || die "cannot bring ipip0 up"');
    expect(text(input, "/etc/edge-l4/edge-l4.nft")).toBe(
      [
        "# Client SYNs: MSS at most 1440, so segments that come back through an IPIP return path fit",
        "# the underlay. The L7 nodes bound their own advertised MSS likewise.",
        "table ip edge_l4",
        "delete table ip edge_l4",
        "table ip edge_l4 {",
        "  chain mss {",
        "    type filter hook prerouting priority mangle;",
        "    ip daddr { 203.0.113.10, 10.0.0.11 } tcp flags syn tcp option maxseg size > 1440 tcp option maxseg size set 1440",
        "  }",
        "  # Global Accelerator delivers to this node's own address: hand those flows to IPVS as the",
        "  # VIP (conntrack restores the address on the replies the L7 nodes return over IPIP).",
        "  chain accelerator {",
        "    type nat hook prerouting priority dstnat;",
        "    ip daddr 10.0.0.11 tcp dport { 443, 80 } dnat to 203.0.113.10",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
    expect(JSON.parse(text(input, "/etc/edge-l4/node.json")!).gate.readyPort).toBe(8081);
    expect(text(base, "/etc/edge-l4/edge-l4.nft")).not.toContain("dnat");
    expect(text(base, "/etc/edge-l4/net.sh")).not.toContain("ipip0");
    expect(clampedMss(9001)).toBe(1460);
  });

  test("ExaBGP: the gate is the API process, one neighbor block per peer, no CLI pipes", () => {
    const input: L4NodeConfigInput = { ...base, daemon: "exabgp", bfd: false, neighbors: [{ address: "10.0.0.2", asn: 65000 }, { address: "10.0.0.3", asn: 65000 }] };
    const conf = text(input, "/etc/exabgp/exabgp.conf")!;
    expect(conf.match(/^neighbor /gm)).toHaveLength(2);
    expect(conf).toContain("  run /usr/local/sbin/edge-l4 gate --exabgp;");
    expect(text(input, "/etc/systemd/system/exabgp.service.d/edge-l4.conf")).toContain("Environment=exabgp_api_cli=false");
    expect(text(input, "/etc/tmpfiles.d/edge-l4.conf")).toBe("d /run/edge-l4 0755 root root -\nd /run/edge-l4/gate 0755 exabgp exabgp -\n");
    expect(text(input, "/etc/systemd/system/edge-l4-gate.service")).toBeUndefined();
  });

  test("every node of a fleet gets the same table bytes and the same agent", () => {
    const other = { ...base, nodeName: "l4-2", nodeAddress: "10.0.0.12" };
    expect(renderL4NodeFiles(other)["/etc/edge-l4/table.emgl"].content).toEqual(renderL4NodeFiles(base)["/etc/edge-l4/table.emgl"].content);
    expect(text(other, "/usr/local/sbin/edge-l4")).toBe(EDGE_L4_AGENT);
  });
});

describe("renderCloudInit", () => {
  test("installs the packages, writes files after them, the agent gzip+base64, and starts the units in order", () => {
    const files = renderL4NodeFiles(base);
    const userData = renderCloudInit(files, "bird", { installPackages: true });
    const lines = userData.split("\n");
    expect(lines.slice(0, 9)).toEqual(["#cloud-config", "package_update: true", "packages:", "  - bird2", "  - python3", "  - ipvsadm", "  - nftables", "  - iproute2", "  - kmod"]);
    const agent = /path: \/usr\/local\/sbin\/edge-l4\n {4}permissions: "0755"\n {4}defer: true\n {4}encoding: gz\+b64\n {4}content: (\S+)/.exec(userData);
    expect(gunzipSync(Buffer.from(agent![1], "base64")).toString()).toBe(EDGE_L4_AGENT);
    expect(lines.slice(lines.indexOf("runcmd:"))).toEqual([
      "runcmd:",
      "  - [systemd-tmpfiles, --create, /etc/tmpfiles.d/edge-l4.conf]",
      "  - [systemctl, daemon-reload]",
      "  - [systemctl, enable, --now, edge-l4-net.service, edge-l4-table.service, edge-l4-dataplane.service]",
      "  - [systemctl, enable, bird]",
      "  - [systemctl, restart, bird]",
      "  - [systemctl, enable, --now, edge-l4-gate.service]",
      "",
    ]);
    expect(renderCloudInit(files, "bird", { installPackages: false })).not.toContain("packages:");
  });
});
