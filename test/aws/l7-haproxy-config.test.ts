import { HaproxyConfigInput, renderHaproxyConfig } from "../../lib/model/haproxy-config";
import { L7_NODE_PATHS, renderDsrScript, renderL7CloudInit, renderL7NodeFiles, renderReturnRules, renderReturnScript } from "../../lib/model/l7-node-config";
import { cloudInitFiles } from "../l7/cloud-init";

const input: HaproxyConfigInput = {
  nodeName: "l7-a",
  nodeAddress: "10.0.0.5",
  vips: ["203.0.113.10"],
  certificateFile: "/etc/haproxy/certs/edge.pem",
  originCaFile: "/etc/ssl/certs/ca-certificates.crt",
  healthPort: 8080,
  healthPath: "/healthz",
  dataCenters: [
    { name: "ash", tlsHostname: "ash.dc.example.com", port: 443, addresses: ["10.10.0.10", "10.10.0.11"], healthCheckPath: "/healthz", weight: 1 },
    { name: "dub", tlsHostname: "dub.dc.example.com", port: 443, addresses: ["10.20.0.10"], healthCheckPath: "/ready", weight: 3 },
  ],
  pool: { maxConnectionsPerServer: 8, idleConnectionsPerServer: 4, warmConnectionsPerServer: 2, idlePurgeDelayMs: 60000 },
  timeouts: { connectMs: 1000, serverMs: 5000, clientMs: 30000, httpRequestMs: 10000, keepAliveMs: 10000, queueMs: 2000 },
  healthChecks: { intervalMs: 500, fall: 2, rise: 1 },
  retries: 2,
  runtimeDir: "/run/haproxy",
  logTarget: "/dev/log local0",
  maxConnections: 1000,
  hstsMaxAgeSeconds: 0,
};

describe("HAProxy configuration of an L7 node", () => {
  const cfg = renderHaproxyConfig(input);

  test("terminates TLS 1.2+ with AEAD ciphers, no tickets, h2 and http/1.1 by ALPN", () => {
    expect(cfg).toContain("  ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets\n");
    expect(cfg).toContain("  ssl-default-bind-ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256\n");
    expect(cfg).toMatch(/ssl-default-bind-ciphers (ECDHE-(ECDSA|RSA)-(AES\d+-GCM-SHA\d+|CHACHA20-POLY1305):?)+\n/);
    expect(cfg).toContain("  bind 203.0.113.10:443 ssl crt /etc/haproxy/certs/edge.pem alpn h2,http/1.1\n");
    expect(cfg).not.toMatch(/allow-0rtt|CBC|SHA1\b/);
  });

  test("splits requests 1:3 between data centers and fails over to any that is up", () => {
    expect(cfg).toContain(
      [
        "  http-request set-var(txn.edge_pick) rand(4)",
        "  use_backend dc_ash if { var(txn.edge_pick) -m int lt 1 } { nbsrv(dc_ash) gt 0 }",
        "  use_backend dc_dub if { var(txn.edge_pick) -m int lt 4 } { nbsrv(dc_dub) gt 0 }",
        "  use_backend dc_ash if { nbsrv(dc_ash) gt 0 }",
        "  use_backend dc_dub if { nbsrv(dc_dub) gt 0 }",
        "  default_backend dc_ash",
      ].join("\n"),
    );
  });

  test("keeps a bounded warm pool with verified TLS to each origin server", () => {
    expect(cfg).toContain(
      "  default-server check inter 500ms fall 2 rise 1 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt verifyhost dub.dc.example.com sni str(dub.dc.example.com) alpn h2,http/1.1 check-sni dub.dc.example.com check-alpn http/1.1 maxconn 8 pool-max-conn 4 pool-low-conn 2 pool-purge-delay 60000ms\n  server dub-10-20-0-10 10.20.0.10:443\n",
    );
    expect(cfg.match(/ {2}http-reuse always\n/g)).toHaveLength(2);
    expect(cfg).toContain("  retries 2\n  retry-on conn-failure empty-response response-timeout\n");
  });

  test("fails its health endpoint only when no data center has a live server", () => {
    expect(cfg).toContain(
      ["frontend health", "  bind 10.0.0.5:8080", "  monitor-uri /healthz", "  acl dc_ash_down nbsrv(dc_ash) lt 1", "  acl dc_dub_down nbsrv(dc_dub) lt 1", "  monitor fail if dc_ash_down dc_dub_down"].join("\n"),
    );
  });

  test("puts the VIPs on loopback with the ARP and reverse-path settings DSR needs", () => {
    expect(renderDsrScript(["203.0.113.10", "203.0.113.11"])).toBe(
      [
        "#!/bin/sh",
        "# edge-l7: VIPs on loopback and the ARP / reverse-path settings direct server return needs.",
        "set -eu",
        "ip addr replace 203.0.113.10/32 dev lo",
        "ip addr replace 203.0.113.11/32 dev lo",
        "sysctl -qw net.ipv4.conf.all.arp_ignore=1",
        "sysctl -qw net.ipv4.conf.all.arp_announce=2",
        "sysctl -qw net.ipv4.conf.all.rp_filter=0",
        "sysctl -qw net.ipv4.conf.default.rp_filter=0",
        "sysctl -qw net.ipv4.conf.lo.rp_filter=0",
        "",
      ].join("\n"),
    );
  });

  test("cloud-init carries every node file unchanged", () => {
    const files = renderL7NodeFiles({ haproxy: input, certificate: { kind: "secrets-manager", secretArn: "arn:aws:secretsmanager:eu-central-1:123456789012:secret:x", region: "eu-central-1" }, replyVia: [] });
    expect(cloudInitFiles(renderL7CloudInit(files))).toEqual(files);
    expect(Object.keys(files)).toContain("/etc/systemd/system/haproxy.service.d/edge-l7.conf");
  });

  test("behind Global Accelerator, replies return over IPIP through the L4 node each flow came from", () => {
    expect(renderReturnScript("10.0.1.10", ["10.0.0.11", "10.0.0.12"]).split("\n").slice(5, 11)).toEqual([
      '[ -e /sys/class/net/edge-ret1 ] || ip link add edge-ret1 type ipip local 10.0.1.10 remote 10.0.0.11 || die "cannot make edge-ret1 to 10.0.0.11"',
      "ip link set edge-ret1 up",
      "sysctl -qw net.ipv4.conf.edge-ret1.rp_filter=0",
      "ip route replace default dev edge-ret1 table 257",
      "ip rule del fwmark 257 lookup 257 2>/dev/null || true",
      "ip rule add fwmark 257 lookup 257 priority 257",
    ]);
    expect(renderReturnRules(["10.0.0.11", "10.0.0.12"])).toContain('    iifname "edge-ret1" ct mark set 257 meta mark set 257\n    iifname "edge-ret2" ct mark set 258 meta mark set 258\n');
    const files = renderL7NodeFiles({ haproxy: input, certificate: { kind: "acm-export", certificateArn: "arn:aws:acm:eu-central-1:123456789012:certificate/x", region: "eu-central-1" }, replyVia: ["10.0.0.11"] });
    expect(files["/etc/systemd/system/edge-l7-network.service"]).toContain(`ExecStart=${L7_NODE_PATHS.returnPath}\n`);
    const direct = renderL7NodeFiles({ haproxy: input, certificate: { kind: "acm-export", certificateArn: "arn:aws:acm:eu-central-1:123456789012:certificate/x", region: "eu-central-1" }, replyVia: [] });
    expect(direct[L7_NODE_PATHS.returnPath]).toBeUndefined();
  });
});
