import { renderCloudInit, renderL4NodeFiles, L4NodeConfigInput } from "../../lib/model/l4-node-config";

const base: L4NodeConfigInput = {
  nodeName: "l4-1",
  nodeAddress: "10.0.0.11",
  vips: ["203.0.113.10"],
  localAsn: 65010,
  neighbors: [{ address: "10.0.0.2", asn: 65000 }],
  bfd: true,
  daemon: "bird",
  l7Backends: [{ name: "a", address: "10.0.1.1", weight: 1 }],
  maglevTableSize: 65537,
  maglevDigest: "ab12",
  healthCheckUrl: "https://127.0.0.1/healthz",
};

describe("renderL4NodeFiles", () => {
  test("BIRD: announces the VIPs from a blackhole static protocol, exports only them, with BFD", () => {
    const files = renderL4NodeFiles(base);
    expect(Object.keys(files).sort()).toEqual([
      "/etc/bird/bird.conf",
      "/etc/edge-l4/forwarding.json",
      "/etc/edge-l4/tunnel.sh",
      "/etc/systemd/system/edge-l4-health.service",
      "/usr/local/sbin/edge-l4-health",
    ]);
    expect(files["/etc/bird/bird.conf"]).toBe(
      [
        "# l4-1: announce the VIPs while the local data plane is healthy",
        "router id 10.0.0.11;",
        "",
        "protocol device {}",
        "",
        "protocol static vips {",
        "  ipv4;",
        "  route 203.0.113.10/32 blackhole;",
        "}",
        "",
        "filter export_vips {",
        "  if net ~ [ 203.0.113.10/32 ] then accept;",
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
        "# edge-l4-health withdraws the VIPs (birdc disable vips) while the data plane is unhealthy.",
        "",
      ].join("\n"),
    );
  });

  test("BIRD health gate withdraws after 3 failures and announces again after 2 successes", () => {
    const gate = renderL4NodeFiles(base)["/usr/local/sbin/edge-l4-health"];
    expect(gate).toContain('if [ "$up" = 1 ] && [ "$fail" -ge 3 ]; then birdc disable vips && up=0; fi');
    expect(gate).toContain('if [ "$up" = 0 ] && [ "$ok" -ge 2 ]; then birdc enable vips && up=1; fi');
    expect(gate).toContain("curl -fsS --max-time 2 -o /dev/null https://127.0.0.1/healthz");
  });

  test("Transit Gateway Connect: BGP runs between GRE inside addresses", () => {
    const files = renderL4NodeFiles({ ...base, bfd: false, gre: { remoteAddress: "10.99.0.1", insideAddress: "169.254.100.1", insidePrefixLength: 29 } });
    expect(files["/etc/edge-l4/tunnel.sh"]).toContain("ip tunnel add gre1 mode gre local 10.0.0.11 remote 10.99.0.1 ttl 255 || true");
    expect(files["/etc/edge-l4/tunnel.sh"]).toContain("ip addr replace 169.254.100.1/29 dev gre1");
    expect(files["/etc/bird/bird.conf"]).toContain("  local 169.254.100.1 as 65010;");
    expect(files["/etc/bird/bird.conf"]).toContain("  hold time 9; keepalive time 3;");
    expect(files["/etc/bird/bird.conf"]).not.toContain("bfd");
  });

  test("ExaBGP: one neighbor block per peer and a healthcheck process that withdraws on failure", () => {
    const files = renderL4NodeFiles({ ...base, daemon: "exabgp", neighbors: [{ address: "10.0.0.2", asn: 65000 }, { address: "10.0.0.3", asn: 65000 }] });
    const conf = files["/etc/exabgp/exabgp.conf"];
    expect(conf.match(/^neighbor /gm)).toHaveLength(2);
    expect(conf).toContain("--ip 203.0.113.10/32 --withdraw-on-down");
    expect(files["/usr/local/sbin/edge-l4-health"]).toBeUndefined();
  });

  test("every node's forwarding file carries the same table description", () => {
    const a = renderL4NodeFiles(base)["/etc/edge-l4/forwarding.json"];
    const b = renderL4NodeFiles({ ...base, nodeName: "l4-2", nodeAddress: "10.0.0.12" })["/etc/edge-l4/forwarding.json"];
    expect(b).toBe(a);
    expect(JSON.parse(a)).toEqual({
      vips: ["203.0.113.10"],
      hash: "maglev",
      tableSize: 65537,
      tableDigest: "ab12",
      encapsulation: "ipip",
      backends: [{ name: "a", address: "10.0.1.1", weight: 1 }],
    });
  });
});

describe("renderCloudInit", () => {
  test("writes every file with its mode and starts the tunnel, the daemon and the health gate", () => {
    const userData = renderCloudInit({ "/etc/edge-l4/tunnel.sh": "#!/bin/sh\necho hi\n", "/etc/bird/bird.conf": "router id 1.2.3.4;\n" }, "bird");
    expect(userData).toBe(
      [
        "#cloud-config",
        "write_files:",
        "  - path: /etc/edge-l4/tunnel.sh",
        '    permissions: "0755"',
        "    content: |",
        "      #!/bin/sh",
        "      echo hi",
        "  - path: /etc/bird/bird.conf",
        '    permissions: "0644"',
        "    content: |",
        "      router id 1.2.3.4;",
        "runcmd:",
        "  - [sh, /etc/edge-l4/tunnel.sh]",
        "  - [systemctl, enable, --now, bird]",
        "  - [systemctl, enable, --now, edge-l4-health]",
        "",
      ].join("\n"),
    );
  });
});
