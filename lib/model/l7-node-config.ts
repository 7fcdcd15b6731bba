/**
 * Everything an L7 fleet node runs, rendered at synth time (pure: no cdktf, no I/O):
 * HAProxy's configuration, the direct-server-return network setup (VIPs on loopback, ARP and
 * reverse-path settings, IPIP decapsulation), the script that brings the certificate's private
 * key onto the node, the systemd units ordering them, and the cloud-init user data.
 */
import { HaproxyConfigInput, renderHaproxyConfig } from "./haproxy-config";

/** Where the node gets its certificate and private key from, at boot and daily after. */
export type CertificateSource =
  /** An ACM exportable public certificate: exported with a one-time passphrase made on the node. */
  | { readonly kind: "acm-export"; readonly certificateArn: string; readonly region: string }
  /** A Secrets Manager secret whose string is a PEM bundle: certificate, chain, private key. */
  | { readonly kind: "secrets-manager"; readonly secretArn: string; readonly region: string };

export interface L7NodeConfigInput {
  readonly haproxy: HaproxyConfigInput;
  readonly certificate: CertificateSource;
  /**
   * L4 nodes whose flows must be answered back through them (Global Accelerator ingress: no
   * direct server return). Empty: replies go straight to the client.
   */
  readonly replyVia: readonly string[];
}

/** Paths of the node's files (the lab and the docs refer to them). */
export const L7_NODE_PATHS = {
  haproxyConfig: "/etc/haproxy/haproxy.cfg",
  certificate: "/etc/haproxy/certs/edge.pem",
  dsr: "/usr/local/sbin/edge-l7-dsr",
  ipip: "/usr/local/sbin/edge-l7-ipip",
  fetchCertificate: "/usr/local/sbin/edge-l7-certificate",
  returnPath: "/usr/local/sbin/edge-l7-return",
  returnRules: "/etc/edge-l7/return.nft",
} as const;

/** Debian packages the node installs at first boot (the AMI contract: Debian 12 with cloud-init). */
export const L7_NODE_PACKAGES = ["haproxy", "awscli", "openssl", "python3", "curl", "nftables"];

/** File path → content, for cloud-init `write_files`. */
export type L7NodeFiles = Readonly<Record<string, string>>;

export function renderL7NodeFiles(input: L7NodeConfigInput): L7NodeFiles {
  const reply = input.replyVia.length > 0;
  return {
    [L7_NODE_PATHS.haproxyConfig]: renderHaproxyConfig(input.haproxy),
    [L7_NODE_PATHS.dsr]: renderDsrScript(input.haproxy.vips),
    [L7_NODE_PATHS.ipip]: IPIP_SCRIPT,
    ...(reply ? { [L7_NODE_PATHS.returnPath]: renderReturnScript(input.haproxy.nodeAddress, input.replyVia), [L7_NODE_PATHS.returnRules]: renderReturnRules(input.replyVia) } : {}),
    [L7_NODE_PATHS.fetchCertificate]: renderFetchCertificate(input.certificate),
    "/etc/systemd/system/edge-l7-network.service": reply ? NETWORK_UNIT_WITH_RETURN : NETWORK_UNIT,
    "/etc/systemd/system/edge-l7-certificate.service": CERTIFICATE_UNIT,
    "/etc/systemd/system/edge-l7-certificate.timer": CERTIFICATE_TIMER,
    "/etc/systemd/system/haproxy.service.d/edge-l7.conf": HAPROXY_DROP_IN,
  };
}

/**
 * Direct server return: the VIPs sit on loopback so the kernel takes packets addressed to them;
 * arp_ignore=1 / arp_announce=2 keep the node from answering or sourcing ARP for them (the L4
 * tier owns the VIPs on the wire); rp_filter=0 because decapsulated packets arrive on tunl0 from
 * client addresses routed via eth0. Replies leave with the VIP as source, straight to the client.
 */
export function renderDsrScript(vips: readonly string[]): string {
  return [
    "#!/bin/sh",
    "# edge-l7: VIPs on loopback and the ARP / reverse-path settings direct server return needs.",
    "set -eu",
    ...vips.map((vip) => `ip addr replace ${vip}/32 dev lo`),
    "sysctl -qw net.ipv4.conf.all.arp_ignore=1",
    "sysctl -qw net.ipv4.conf.all.arp_announce=2",
    "sysctl -qw net.ipv4.conf.all.rp_filter=0",
    "sysctl -qw net.ipv4.conf.default.rp_filter=0",
    "sysctl -qw net.ipv4.conf.lo.rp_filter=0",
    "",
  ].join("\n");
}

// The kernel's fallback IPIP device (tunl0) decapsulates every IPIP packet addressed to the
// node; no per-L4-node tunnel is needed. Without the module the node cannot serve: fail loudly.
const IPIP_SCRIPT = [
  "#!/bin/sh",
  "# edge-l7: decapsulate the L4 tier's IP-in-IP on tunl0 (fails loudly without the ipip module).",
  "set -eu",
  "if ! modprobe ipip 2>/dev/null && [ ! -e /sys/class/net/tunl0 ]; then",
  '  echo "edge-l7-ipip: this kernel has no ipip module: IPIP from the L4 tier cannot be decapsulated" >&2',
  "  exit 1",
  "fi",
  "ip link set dev tunl0 up",
  "sysctl -qw net.ipv4.conf.tunl0.rp_filter=0",
  "",
].join("\n");

/** Name of the IPIP device towards the i-th L4 node (0-based), and the mark/table of its replies. */
export function returnDevice(i: number): { readonly device: string; readonly mark: number } {
  return { device: `edge-ret${i + 1}`, mark: 0x100 + i + 1 };
}

/**
 * Behind Global Accelerator a flow's replies must leave through the L4 node that received it.
 * One IPIP device per L4 node (local: this node, remote: that L4 node) takes its flows in; the
 * connection is marked by that device (return.nft), and replies carry the mark into a routing
 * table whose default route is the same device.
 */
export function renderReturnScript(nodeAddress: string, l4Nodes: readonly string[]): string {
  const lines = [
    "#!/bin/sh",
    "# edge-l7: replies go back over IPIP through the L4 node each flow came from (Global Accelerator ingress).",
    "set -eu",
    "die() { echo \"edge-l7-return: FAILED: $*\" >&2; exit 1; }",
    'modprobe ipip 2>/dev/null || [ -e /sys/class/net/tunl0 ] || die "no ipip kernel module"',
  ];
  l4Nodes.forEach((l4, i) => {
    const { device, mark } = returnDevice(i);
    lines.push(
      `[ -e /sys/class/net/${device} ] || ip link add ${device} type ipip local ${nodeAddress} remote ${l4} || die "cannot make ${device} to ${l4}"`,
      `ip link set ${device} up`,
      `sysctl -qw net.ipv4.conf.${device}.rp_filter=0`,
      `ip route replace default dev ${device} table ${mark}`,
      `ip rule del fwmark ${mark} lookup ${mark} 2>/dev/null || true`,
      `ip rule add fwmark ${mark} lookup ${mark} priority ${mark}`,
    );
  });
  // Accepted connections take the SYN's mark, so even the SYN-ACK is routed by it (the output
  // hook alone re-routes too late when the main table has no route to the client).
  lines.push("sysctl -qw net.ipv4.tcp_fwmark_accept=1", `nft -f ${L7_NODE_PATHS.returnRules} || die "cannot load ${L7_NODE_PATHS.returnRules}"`, "");
  return lines.join("\n");
}

/** nftables: mark each connection (and its incoming packets) by the L4 node's device it came in on; replies carry the mark. */
export function renderReturnRules(l4Nodes: readonly string[]): string {
  return [
    "table ip edge_l7_return",
    "delete table ip edge_l7_return",
    "table ip edge_l7_return {",
    "  chain from_l4 {",
    "    type filter hook prerouting priority mangle; policy accept;",
    ...l4Nodes.map((_, i) => `    iifname "${returnDevice(i).device}" ct mark set ${returnDevice(i).mark} meta mark set ${returnDevice(i).mark}`),
    "  }",
    "  chain replies {",
    "    type route hook output priority mangle; policy accept;",
    "    ct mark != 0 meta mark set ct mark",
    "  }",
    "}",
    "",
  ].join("\n");
}

function renderFetchCertificate(source: CertificateSource): string {
  const fetch =
    source.kind === "acm-export"
      ? [
          "# The passphrase is made here and never leaves the node; the key is decrypted into a 0600 file.",
          'head -c 32 /dev/urandom | od -An -tx1 | tr -d " \\n" > "$tmp/pass"',
          `aws acm export-certificate --region ${source.region} --certificate-arn ${source.certificateArn} --passphrase "fileb://$tmp/pass" --output json > "$tmp/export.json"`,
          `python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); open(sys.argv[2],"w").write(d["Certificate"].strip()+"\\n"+d.get("CertificateChain","").strip()+"\\n"); open(sys.argv[3],"w").write(d["PrivateKey"])' "$tmp/export.json" "$tmp/chain.pem" "$tmp/key.enc"`,
          'openssl pkey -in "$tmp/key.enc" -passin "file:$tmp/pass" -out "$tmp/key.pem"',
          'cat "$tmp/chain.pem" "$tmp/key.pem" > "$tmp/edge.pem"',
        ]
      : [
          `aws secretsmanager get-secret-value --region ${source.region} --secret-id ${source.secretArn} --query SecretString --output text > "$tmp/edge.pem"`,
        ];
  return [
    "#!/bin/sh",
    "# edge-l7: fetch the listener certificate and its private key, check them, swap them in, reload.",
    "set -eu",
    "umask 077",
    `dir=$(dirname ${L7_NODE_PATHS.certificate})`,
    'mkdir -p "$dir"',
    'tmp=$(mktemp -d "$dir/.fetch.XXXXXX")',
    "trap 'rm -rf \"$tmp\"' EXIT",
    ...fetch,
    "# The key must belong to the certificate, or HAProxy would refuse to start on the next reload.",
    '[ "$(openssl x509 -in "$tmp/edge.pem" -noout -pubkey)" = "$(openssl pkey -in "$tmp/edge.pem" -pubout)" ]',
    `mv "$tmp/edge.pem" ${L7_NODE_PATHS.certificate}`,
    `if systemctl is-active --quiet haproxy; then haproxy -c -q -f ${L7_NODE_PATHS.haproxyConfig} && systemctl reload haproxy; fi`,
    "",
  ].join("\n");
}

const NETWORK_UNIT = unit(
  ["Description=edge-l7 direct server return: VIPs on loopback, ARP/rp_filter, IPIP decapsulation", "Before=haproxy.service"],
  ["Type=oneshot", "RemainAfterExit=yes", `ExecStart=${L7_NODE_PATHS.dsr}`, `ExecStart=${L7_NODE_PATHS.ipip}`],
  true,
);

const NETWORK_UNIT_WITH_RETURN = unit(
  ["Description=edge-l7 network: VIPs on loopback, ARP/rp_filter, IPIP decapsulation, replies back through the L4 nodes", "Before=haproxy.service"],
  ["Type=oneshot", "RemainAfterExit=yes", `ExecStart=${L7_NODE_PATHS.dsr}`, `ExecStart=${L7_NODE_PATHS.ipip}`, `ExecStart=${L7_NODE_PATHS.returnPath}`],
  true,
);

const CERTIFICATE_UNIT = unit(
  ["Description=edge-l7 listener certificate and key", "Wants=network-online.target", "After=network-online.target", "Before=haproxy.service"],
  ["Type=oneshot", `ExecStart=${L7_NODE_PATHS.fetchCertificate}`, "Restart=on-failure", "RestartSec=30"],
  true,
);

const CERTIFICATE_TIMER = [
  "[Unit]",
  "Description=Fetch the renewed edge-l7 certificate daily",
  "",
  "[Timer]",
  "OnCalendar=daily",
  "RandomizedDelaySec=1h",
  "Persistent=true",
  "",
  "[Install]",
  "WantedBy=timers.target",
  "",
].join("\n");

// HAProxy starts only once the VIPs, the decapsulation and the certificate are in place.
const HAPROXY_DROP_IN = [
  "[Unit]",
  "Requires=edge-l7-network.service edge-l7-certificate.service",
  "After=edge-l7-network.service edge-l7-certificate.service",
  "",
  "[Service]",
  "# Two descriptors per proxied connection, plus listeners and checks.",
  "LimitNOFILE=2100000",
  "",
].join("\n");

function unit(unitLines: string[], serviceLines: string[], install: boolean): string {
  return [
    "[Unit]",
    ...unitLines,
    "",
    "[Service]",
    ...serviceLines,
    ...(install ? ["", "[Install]", "WantedBy=multi-user.target"] : []),
    "",
  ].join("\n");
}

/**
 * cloud-init user data: installs the packages, then writes the files (deferred, so the
 * package's own haproxy.cfg never overwrites ours) and starts the units in order.
 */
export function renderL7CloudInit(files: L7NodeFiles): string {
  const lines = ["#cloud-config", "package_update: true", "packages:", ...L7_NODE_PACKAGES.map((p) => `  - ${p}`), "write_files:"];
  for (const [path, content] of Object.entries(files)) {
    const executable = path.startsWith("/usr/local/sbin/");
    lines.push(`  - path: ${path}`, `    permissions: "${executable ? "0755" : "0644"}"`, "    defer: true", "    content: |");
    for (const line of content.trimEnd().split("\n")) lines.push(line === "" ? "" : `      ${line}`);
  }
  lines.push(
    "runcmd:",
    "  - [systemctl, daemon-reload]",
    "  - [systemctl, enable, --now, edge-l7-network.service]",
    "  - [systemctl, enable, --now, edge-l7-certificate.service]",
    "  - [systemctl, enable, --now, edge-l7-certificate.timer]",
    "  - [systemctl, enable, haproxy.service]",
    "  - [systemctl, restart, haproxy.service]",
  );
  return `${lines.join("\n")}\n`;
}
