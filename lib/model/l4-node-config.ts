import { validateNodeConfigInput } from "../validation/model-entry";
/**
 * Configuration every BGP/ECMP L4 node runs, rendered at synth time (pure: no cdktf, no I/O).
 * All nodes get the same VIPs, the same L7 backend list and the same Maglev table digest, so
 * whichever node ECMP picks, a flow hashes to the same L7 node (GLB-style: one table, shipped
 * to every node, checked on load).
 */

export type BgpDaemon = "bird" | "exabgp";

export interface L4NodeConfigInput {
  readonly nodeName: string;
  /** The node's own fixed address: BGP router id, tunnel source. */
  readonly nodeAddress: string;
  /** VIPs (/32) the fleet announces. */
  readonly vips: readonly string[];
  readonly localAsn: number;
  /** BGP neighbours of this node (TGW Connect peer inside addresses or route server endpoints). */
  readonly neighbors: readonly { readonly address: string; readonly asn: number }[];
  /**
   * GRE tunnel to a Transit Gateway Connect peer: BGP then runs between the tunnel's inside
   * addresses instead of the node's own address.
   */
  readonly gre?: { readonly remoteAddress: string; readonly insideAddress: string; readonly insidePrefixLength: number };
  /** Detect a dead peer fast: BFD when the peer supports it (VPC Route Server), else keepalives. */
  readonly bfd: boolean;
  readonly daemon: BgpDaemon;
  /** L7 nodes the Maglev table spreads flows over (DSR over IPIP). */
  readonly l7Backends: readonly { readonly name: string; readonly address: string; readonly weight: number }[];
  readonly maglevTableSize: number;
  /** Hex digest of the Maglev table; nodes refuse to forward when theirs differs. */
  readonly maglevDigest: string;
  /** URL path probed on the local data plane; failure withdraws the VIP announcement. */
  readonly healthCheckUrl: string;
}

/** File path → content, ready for cloud-init `write_files`. */
export type NodeFiles = Readonly<Record<string, string>>;

export function renderL4NodeFiles(input: L4NodeConfigInput): NodeFiles {
  validateNodeConfigInput("renderL4NodeFiles", input);
  const files: Record<string, string> = {
    "/etc/edge-l4/forwarding.json": renderForwardingJson(input),
    "/etc/edge-l4/tunnel.sh": renderTunnel(input),
  };
  if (input.daemon === "bird") {
    files["/etc/bird/bird.conf"] = renderBird(input);
    files["/usr/local/sbin/edge-l4-health"] = renderBirdHealthGate(input);
    files["/etc/systemd/system/edge-l4-health.service"] = BIRD_HEALTH_UNIT;
  } else {
    files["/etc/exabgp/exabgp.conf"] = renderExabgp(input);
  }
  return files;
}

function bgpSource(input: L4NodeConfigInput): string {
  return input.gre ? input.gre.insideAddress : input.nodeAddress;
}

function renderForwardingJson(input: L4NodeConfigInput): string {
  const doc = {
    vips: input.vips,
    hash: "maglev",
    tableSize: input.maglevTableSize,
    tableDigest: input.maglevDigest,
    encapsulation: "ipip",
    backends: input.l7Backends.map((b) => ({ name: b.name, address: b.address, weight: b.weight })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// L4 nodes wrap packets IP-in-IP towards L7 (direct server return): L7 decapsulates and
// answers the client itself. The VIP sits on loopback so the kernel accepts its packets.
function renderTunnel(input: L4NodeConfigInput): string {
  const lines = [
    "#!/bin/sh",
    "set -eu",
    "modprobe ipip",
    `ip link add name ipip0 type ipip external || true`,
    "ip link set up dev ipip0",
    ...input.vips.map((vip) => `ip addr replace ${vip}/32 dev lo`),
    ...(input.gre
      ? [
          `ip tunnel add gre1 mode gre local ${input.nodeAddress} remote ${input.gre.remoteAddress} ttl 255 || true`,
          `ip addr replace ${input.gre.insideAddress}/${input.gre.insidePrefixLength} dev gre1`,
          "ip link set up dev gre1",
        ]
      : []),
    "sysctl -w net.ipv4.conf.all.rp_filter=0",
    "sysctl -w net.ipv4.ip_forward=1",
  ];
  return `${lines.join("\n")}\n`;
}

function renderBird(input: L4NodeConfigInput): string {
  const out = [
    `# ${input.nodeName}: announce the VIPs while the local data plane is healthy`,
    `router id ${input.nodeAddress};`,
    "",
    "protocol device {}",
    "",
    "protocol static vips {",
    "  ipv4;",
    ...input.vips.map((vip) => `  route ${vip}/32 blackhole;`),
    "}",
    "",
    "filter export_vips {",
    `  if net ~ [ ${input.vips.map((v) => `${v}/32`).join(", ")} ] then accept;`,
    "  reject;",
    "}",
  ];
  if (input.bfd) out.push("", "protocol bfd {", "  interface \"*\" { min rx interval 300 ms; min tx interval 300 ms; multiplier 3; };", "}");
  input.neighbors.forEach((n, i) => {
    out.push(
      "",
      `protocol bgp peer${i + 1} {`,
      `  local ${bgpSource(input)} as ${input.localAsn};`,
      `  neighbor ${n.address} as ${n.asn};`,
      input.bfd ? "  bfd on;" : "  hold time 9; keepalive time 3;",
      "  ipv4 { import none; export filter export_vips; };",
      "}",
    );
  });
  out.push("", "# edge-l4-health withdraws the VIPs (birdc disable vips) while the data plane is unhealthy.");
  return `${out.join("\n")}\n`;
}

// Withdraw after 3 failed probes in a row, announce again after 2 good ones: a flapping node
// must not pull flows back and forth (every move re-hashes those flows on the router).
function renderBirdHealthGate(input: L4NodeConfigInput): string {
  return [
    "#!/bin/sh",
    "fail=0 ok=0 up=1",
    "while sleep 2; do",
    `  if curl -fsS --max-time 2 -o /dev/null ${input.healthCheckUrl}; then ok=$((ok + 1)); fail=0; else fail=$((fail + 1)); ok=0; fi`,
    '  if [ "$up" = 1 ] && [ "$fail" -ge 3 ]; then birdc disable vips && up=0; fi',
    '  if [ "$up" = 0 ] && [ "$ok" -ge 2 ]; then birdc enable vips && up=1; fi',
    "done",
    "",
  ].join("\n");
}

const BIRD_HEALTH_UNIT = [
  "[Unit]",
  "Description=Withdraw the edge VIPs from BGP while the local data plane is unhealthy",
  "After=bird.service",
  "",
  "[Service]",
  "ExecStart=/usr/local/sbin/edge-l4-health",
  "Restart=always",
  "",
  "[Install]",
  "WantedBy=multi-user.target",
  "",
].join("\n");

function renderExabgp(input: L4NodeConfigInput): string {
  const out = [
    `# ${input.nodeName}: announce the VIPs while the local data plane is healthy`,
    "process health {",
    `  run /usr/bin/python3 -m exabgp healthcheck --cmd "curl -fsS --max-time 2 ${input.healthCheckUrl}" --interval 2 --fall 3 --rise 2 ${input.vips.map((v) => `--ip ${v}/32`).join(" ")} --withdraw-on-down;`,
    "  encoder text;",
    "}",
  ];
  for (const n of input.neighbors) {
    out.push(
      "",
      `neighbor ${n.address} {`,
      `  router-id ${input.nodeAddress};`,
      `  local-address ${bgpSource(input)};`,
      `  local-as ${input.localAsn};`,
      `  peer-as ${n.asn};`,
      "  hold-time 9;",
      "  api { processes [ health ]; }",
      "}",
    );
  }
  return `${out.join("\n")}\n`;
}

/** cloud-init user data writing the node files and starting the daemons. */
export function renderCloudInit(files: NodeFiles, daemon: BgpDaemon): string {
  const lines = ["#cloud-config", "write_files:"];
  for (const [path, content] of Object.entries(files)) {
    const executable = path.endsWith(".sh") || path.includes("/sbin/");
    lines.push(`  - path: ${path}`, `    permissions: "${executable ? "0755" : "0644"}"`, "    content: |");
    for (const line of content.trimEnd().split("\n")) lines.push(`      ${line}`);
  }
  lines.push("runcmd:", "  - [sh, /etc/edge-l4/tunnel.sh]", `  - [systemctl, enable, --now, ${daemon}]`);
  if (daemon === "bird") lines.push("  - [systemctl, enable, --now, edge-l4-health]");
  return `${lines.join("\n")}\n`;
}
