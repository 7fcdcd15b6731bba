import { validateNodeConfigInput } from "../validation/model-entry";
/**
 * Configuration every BGP/ECMP L4 node runs, rendered at synth time (pure: no cdktf, no I/O).
 * All nodes get the same VIPs, the same EMGL Maglev table and its digest, so whichever node a
 * flow reaches, it hashes to the same L7 node (GLB-style: one table, shipped to every node,
 * checked on load). docs/l4-node.md describes the node; docs/maglev-table-format.md the table.
 */
import { gzipSync } from "zlib";
import { EDGE_L4_AGENT } from "./l4-node-agent";

export type BgpDaemon = "bird" | "exabgp";

/** How a node checks that the L7 backends it forwards to really serve. */
export interface L7HealthProbe {
  readonly protocol: "http" | "https";
  readonly port: number;
  readonly path: string;
  /** https: the name the L7 certificate covers; sent as SNI and Host, and verified. */
  readonly serverName?: string;
  /** https: CA bundle the certificate is verified against. */
  readonly caFile: string;
  readonly timeoutSeconds: number;
  /** Share of weighted L7 backends that must answer for the node to announce (at least one). */
  readonly minHealthyPercent: number;
}

/** Hysteresis of the gate: withdraw after `fall` failed checks, announce after `rise` passes. */
export interface GateTiming {
  readonly intervalSeconds: number;
  readonly rise: number;
  readonly fall: number;
}

export interface L4NodeConfigInput {
  readonly nodeName: string;
  /** The node's own fixed address: BGP router id, tunnel source. */
  readonly nodeAddress: string;
  /** VIPs (/32) the fleet announces over BGP. */
  readonly vips: readonly string[];
  /** Addresses IPVS serves (the VIPs). */
  readonly serviceAddresses: readonly string[];
  readonly ports: readonly number[];
  readonly localAsn: number;
  /** BGP neighbours of this node (TGW Connect peer inside addresses or route server endpoints). */
  readonly neighbors: readonly { readonly address: string; readonly asn: number }[];
  /**
   * GRE tunnel to a Transit Gateway Connect peer: BGP then runs between the tunnel's inside
   * addresses instead of the node's own address.
   */
  readonly gre?: { readonly remoteAddress: string; readonly insideAddress: string; readonly insidePrefixLength: number };
  /** BFD on every BGP session (BIRD only: ExaBGP has no BFD, the construct refuses that pair). */
  readonly bfd: boolean;
  readonly daemon: BgpDaemon;
  /** The EMGL bytes shipped to the node (complete, or header-only for the node to rebuild). */
  readonly tableBytes: Uint8Array;
  /** SHA-256 of the complete EMGL table. */
  readonly tableDigest: string;
  readonly probe: L7HealthProbe;
  readonly gate: GateTiming;
  /**
   * Port on which the gate answers 200 while the node announces and 503 otherwise
   * (Global Accelerator's health check of the node).
   */
  readonly readyPort?: number;
  /** MTU of the node's network interface (the tunnels' underlay). */
  readonly underlayMtu: number;
  /**
   * Global Accelerator ingress: the node's own address, which the accelerator delivers client
   * flows to. The node rewrites it to the first VIP (so the L7 nodes see the VIP they bind) and
   * takes the L7 replies back over IPIP (AWS returns a flow only through the endpoint that
   * received it: no direct server return on this path).
   */
  readonly acceleratorAddress?: string;
}

/** A file cloud-init writes: text, or bytes (always written gzip+base64). */
export interface NodeFile {
  readonly content: string | Uint8Array;
  readonly mode: "0644" | "0755";
  /** Written gzip+base64 in the user data (files without Terraform references only). */
  readonly compress?: boolean;
}

/** Where the EMGL table lands on the node (binary; gzip+base64 in the user data). */
export const TABLE_PATH = "/etc/edge-l4/table.emgl";

/** File path → file, ready for cloud-init `write_files`. */
export type NodeFiles = Readonly<Record<string, NodeFile>>;

export const NODE_CONFIG_PATH = "/etc/edge-l4/node.json";
export const GATE_STATE_DIR = "/run/edge-l4/gate";
/** IPIP adds an outer IPv4 header. */
export const IPIP_OVERHEAD_BYTES = 20;
/** GRE (TGW Connect) adds an outer IPv4 header and a 4-byte GRE header. */
export const GRE_OVERHEAD_BYTES = 24;
/** Largest packet a Transit Gateway carries (and so its GRE tunnels). */
export const TGW_MTU = 8500;

/** Packages a node needs; installed by the user data or present in the AMI. */
export function nodePackages(daemon: BgpDaemon): string[] {
  return [daemon === "bird" ? "bird2" : "exabgp", "python3", "ipvsadm", "nftables", "iproute2", "kmod"];
}

/** The largest TCP MSS that fits a client segment plus IPIP into the underlay. */
export function clampedMss(underlayMtu: number): number {
  return Math.min(1460, underlayMtu - IPIP_OVERHEAD_BYTES - 40);
}

export function renderL4NodeFiles(input: L4NodeConfigInput): NodeFiles {
  validateNodeConfigInput("renderL4NodeFiles", input);
  const files: Record<string, NodeFile> = {
    [NODE_CONFIG_PATH]: { content: renderNodeJson(input), mode: "0644" },
    [TABLE_PATH]: { content: input.tableBytes, mode: "0644", compress: true },
    "/usr/local/sbin/edge-l4": { content: EDGE_L4_AGENT, mode: "0755", compress: true },
    "/etc/edge-l4/net.sh": { content: renderNetScript(input), mode: "0755" },
    "/etc/edge-l4/edge-l4.nft": { content: renderNftables(input), mode: "0644" },
    "/etc/tmpfiles.d/edge-l4.conf": { content: renderTmpfiles(input.daemon), mode: "0644" },
    "/etc/systemd/system/edge-l4-net.service": { content: oneshot("Tunnels, VIPs, MTU and MSS of the edge L4 node", "/etc/edge-l4/net.sh", "network-online.target"), mode: "0644" },
    "/etc/systemd/system/edge-l4-table.service": { content: oneshot("Verify and load the Maglev table (EMGL) of the edge L4 node", "/usr/local/sbin/edge-l4 load-table", "edge-l4-net.service"), mode: "0644" },
    "/etc/systemd/system/edge-l4-dataplane.service": { content: oneshot("Program IPVS from the loaded Maglev table", "/usr/local/sbin/edge-l4 dataplane", "edge-l4-table.service"), mode: "0644" },
  };
  if (input.daemon === "bird") {
    files["/etc/bird/bird.conf"] = { content: renderBird(input), mode: "0644" };
    files["/etc/systemd/system/edge-l4-gate.service"] = { content: GATE_UNIT, mode: "0644" };
  } else {
    files["/etc/exabgp/exabgp.conf"] = { content: renderExabgp(input), mode: "0644" };
    files["/etc/systemd/system/exabgp.service.d/edge-l4.conf"] = { content: EXABGP_DROP_IN, mode: "0644" };
  }
  return files;
}

function bgpSource(input: L4NodeConfigInput): string {
  return input.gre ? input.gre.insideAddress : input.nodeAddress;
}

function renderNodeJson(input: L4NodeConfigInput): string {
  const doc = {
    node: input.nodeName,
    daemon: input.daemon,
    vips: input.vips,
    serviceAddresses: input.serviceAddresses,
    ports: input.ports,
    table: { file: TABLE_PATH, format: "EMGL v1", digest: input.tableDigest },
    probe: input.probe,
    gate: { ...input.gate, stateDir: GATE_STATE_DIR, readyPort: input.readyPort ?? null },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// L4 nodes send flows IP-in-IP to L7 (IPVS tunnel mode). Every step that fails stops the
// script with its reason; systemd then keeps the table, data plane and gate from starting.
function renderNetScript(input: L4NodeConfigInput): string {
  const mtu = input.underlayMtu;
  const lines = [
    "#!/bin/bash",
    `# ${input.nodeName}: tunnels, VIPs, MTU and MSS. Fails loudly: nothing after a failed step runs.`,
    "set -euo pipefail",
    'die() { echo "edge-l4-net: FAILED: $*" >&2; exit 1; }',
    'modprobe ipip || die "no ipip kernel module: this kernel cannot encapsulate flows to the L7 nodes"',
  ];
  if (input.acceleratorAddress) {
    lines.push(
      "ip link show ipip0 >/dev/null 2>&1 || ip link add name ipip0 type ipip external || die \"cannot create ipip0\"",
      `ip link set dev ipip0 mtu ${mtu - IPIP_OVERHEAD_BYTES} up || die "cannot bring ipip0 up"`,
      // Replies the L7 nodes return through this node carry its own address as source.
      "sysctl -qw net.ipv4.conf.ipip0.accept_local=1 net.ipv4.conf.ipip0.rp_filter=0 || die \"cannot set ipip0 sysctls\"",
    );
  }
  if (input.gre) {
    const greMtu = Math.min(mtu, TGW_MTU) - GRE_OVERHEAD_BYTES;
    lines.push(
      'modprobe ip_gre || die "no ip_gre kernel module: no GRE tunnel to the Transit Gateway"',
      `ip link show gre1 >/dev/null 2>&1 || ip tunnel add gre1 mode gre local ${input.nodeAddress} remote ${input.gre.remoteAddress} ttl 255 || die "cannot create gre1"`,
      `ip addr replace ${input.gre.insideAddress}/${input.gre.insidePrefixLength} dev gre1 || die "cannot address gre1"`,
      `ip link set dev gre1 mtu ${greMtu} up || die "cannot bring gre1 up"`,
    );
  }
  lines.push(
    ...input.vips.map((vip) => `ip addr replace ${vip}/32 dev lo || die "cannot add VIP ${vip}"`),
    'sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 || die "cannot set forwarding sysctls"',
    'nft -f /etc/edge-l4/edge-l4.nft || die "cannot load the nftables rules (MSS clamp, accelerator rewrite)"',
    'echo "edge-l4-net: ready"',
  );
  return `${lines.join("\n")}\n`;
}

function renderNftables(input: L4NodeConfigInput): string {
  const mss = clampedMss(input.underlayMtu);
  const clamped = [...input.serviceAddresses, ...(input.acceleratorAddress ? [input.acceleratorAddress] : [])];
  const out = [
    `# Client SYNs: MSS at most ${mss}, so segments that come back through an IPIP return path fit`,
    "# the underlay. The L7 nodes bound their own advertised MSS likewise.",
    "table ip edge_l4",
    "delete table ip edge_l4",
    "table ip edge_l4 {",
    "  chain mss {",
    "    type filter hook prerouting priority mangle;",
    `    ip daddr { ${clamped.join(", ")} } tcp flags syn tcp option maxseg size > ${mss} tcp option maxseg size set ${mss}`,
    "  }",
  ];
  if (input.acceleratorAddress) {
    out.push(
      "  # Global Accelerator delivers to this node's own address: hand those flows to IPVS as the",
      "  # VIP (conntrack restores the address on the replies the L7 nodes return over IPIP).",
      "  chain accelerator {",
      "    type nat hook prerouting priority dstnat;",
      `    ip daddr ${input.acceleratorAddress} tcp dport { ${input.ports.join(", ")} } dnat to ${input.vips[0]}`,
      "  }",
    );
  }
  out.push("}", "");
  return out.join("\n");
}

function renderTmpfiles(daemon: BgpDaemon): string {
  const owner = daemon === "bird" ? "root" : "exabgp";
  return ["d /run/edge-l4 0755 root root -", `d ${GATE_STATE_DIR} 0755 ${owner} ${owner} -`, ""].join("\n");
}

function oneshot(description: string, command: string, after: string): string {
  return [
    "[Unit]",
    `Description=${description}`,
    `After=${after}`,
    `Requires=${after}`,
    "",
    "[Service]",
    "Type=oneshot",
    "RemainAfterExit=yes",
    `ExecStart=${command}`,
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

// The VIP routes exist only in the gate's state file under /run: BIRD starting (or restarting)
// reads the current decision, and a fresh boot starts withdrawn until the checks pass.
function renderBird(input: L4NodeConfigInput): string {
  const out = [
    `# ${input.nodeName}: announce the VIPs only while the edge-l4 gate says the node is healthy`,
    `router id ${input.nodeAddress};`,
    "",
    "protocol device {}",
    "",
    `# Written by edge-l4 gate while the node passes its checks (protocol static vips); absent otherwise.`,
    `include "${GATE_STATE_DIR}/bird-vips-*.conf";`,
    "",
    "filter export_vips {",
    `  if proto = "vips" && net ~ [ ${input.vips.map((v) => `${v}/32`).join(", ")} ] then accept;`,
    "  reject;",
    "}",
  ];
  if (input.bfd) out.push("", "protocol bfd {", '  interface "*" { min rx interval 300 ms; min tx interval 300 ms; multiplier 3; };', "}");
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
  return `${out.join("\n")}\n`;
}

const GATE_UNIT = [
  "[Unit]",
  "Description=Announce the edge VIPs through BIRD only while the L4 node passes its health checks",
  "After=bird.service edge-l4-dataplane.service",
  "Wants=bird.service",
  "",
  "[Service]",
  "ExecStart=/usr/local/sbin/edge-l4 gate",
  "Restart=always",
  "RestartSec=1",
  "",
  "[Install]",
  "WantedBy=multi-user.target",
  "",
].join("\n");

// Debian's unit runs ExaBGP as user exabgp; the gate (its API process) keeps state in a
// directory that user owns. No CLI pipes: the gate is the only API client.
const EXABGP_DROP_IN = [
  "[Unit]",
  "After=edge-l4-dataplane.service",
  "",
  "[Service]",
  "Environment=exabgp_api_cli=false",
  "Environment=exabgp_api_ack=false",
  "",
].join("\n");

function renderExabgp(input: L4NodeConfigInput): string {
  const out = [
    `# ${input.nodeName}: announce the VIPs only while the edge-l4 gate says the node is healthy`,
    "process gate {",
    "  run /usr/local/sbin/edge-l4 gate --exabgp;",
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
      "  api { processes [ gate ]; }",
      "}",
    );
  }
  return `${out.join("\n")}\n`;
}

/**
 * cloud-init user data: installs the packages (unless the AMI has them), writes the node
 * files once they are installed (`defer`), then starts network setup, table, data plane and
 * the BGP daemon with its gate, in that order.
 */
export function renderCloudInit(files: NodeFiles, daemon: BgpDaemon, options: { readonly installPackages: boolean }): string {
  const lines = ["#cloud-config"];
  if (options.installPackages) lines.push("package_update: true", "packages:", ...nodePackages(daemon).map((p) => `  - ${p}`));
  lines.push("write_files:");
  for (const [path, file] of Object.entries(files)) {
    lines.push(`  - path: ${path}`, `    permissions: "${file.mode}"`, "    defer: true");
    if (file.compress || typeof file.content !== "string") {
      lines.push("    encoding: gz+b64", `    content: ${gzipSync(file.content, { level: 9 }).toString("base64")}`);
    } else {
      lines.push("    content: |");
      for (const line of file.content.trimEnd().split("\n")) lines.push(`      ${line}`);
    }
  }
  const units = ["edge-l4-net.service", "edge-l4-table.service", "edge-l4-dataplane.service"];
  lines.push(
    "runcmd:",
    "  - [systemd-tmpfiles, --create, /etc/tmpfiles.d/edge-l4.conf]",
    "  - [systemctl, daemon-reload]",
    `  - [systemctl, enable, --now, ${units.join(", ")}]`,
    `  - [systemctl, enable, ${daemon}]`,
    `  - [systemctl, restart, ${daemon}]`,
  );
  if (daemon === "bird") lines.push("  - [systemctl, enable, --now, edge-l4-gate.service]");
  return `${lines.join("\n")}\n`;
}
