/**
 * `haproxy -c` on every HAProxy configuration the library renders: each L7 fleet node of every
 * app in stacks/ and examples/ (read back from the synthesized EC2 user data, exactly as the node
 * would write it), plus model renderings that cover the options the apps do not use. The only
 * substitution is the certificate path, pointed at a throwaway certificate made here (haproxy
 * loads it during the check). Warnings count as failures. The node's shell scripts get `sh -n`.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { HaproxyConfigInput, renderHaproxyConfig } from "../../lib/model/haproxy-config";
import { L7_NODE_PATHS } from "../../lib/model/l7-node-config";
import { workRoot } from "../harness/check";
import { SynthesizedStack, synthApp } from "../harness/synth";
import { cloudInitFiles } from "./cloud-init";

const root = resolve(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "edge-haproxy-check-"));
let passed = 0;
let failed = 0;

function run(cmd: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 20000 });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
  return { ok: r.status === 0 && !/\[WARNING\]|\[ALERT\]/.test(out), out };
}

function check(label: string, result: { ok: boolean; out: string }): void {
  if (result.ok) passed++;
  else failed++;
  console.log(`${result.ok ? "PASS" : "FAIL"} ${label}`);
  if (!result.ok) for (const line of result.out.split("\n").slice(0, 20)) console.log(`  ${line}`);
}

const cert = join(work, "edge.pem");
spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", join(work, "key.pem"), "-out", join(work, "crt.pem"), "-days", "1", "-subj", "/CN=check.invalid"], { stdio: "ignore" });
writeFileSync(cert, readFileSync(join(work, "crt.pem"), "utf8") + readFileSync(join(work, "key.pem"), "utf8"));

function haproxyCheck(label: string, config: string): void {
  if (config.includes("${")) {
    check(label, { ok: false, out: "the configuration holds an unresolved Terraform token" });
    return;
  }
  const file = join(work, `${label.replace(/[^A-Za-z0-9_.-]+/g, "_")}.cfg`);
  writeFileSync(file, config.split(L7_NODE_PATHS.certificate).join(cert));
  check(`haproxy -c ${label}`, run("haproxy", ["-c", "-f", file]));
}

const version = spawnSync("haproxy", ["-v"], { encoding: "utf8" }).stdout.split("\n")[0];
console.log(`${version}; certificate path ${L7_NODE_PATHS.certificate} → a throwaway certificate`);

const apps = ["stacks", "examples"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => `${dir}/${f}`),
);
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const dir of ["lib", "stacks", "examples"]) walk(join(root, dir));
  return newest;
}

// The harness phase synthesizes every app into test/.work/<app>/cdktf.out: read that when it is
// newer than every source file, else synthesize here.
const sourcesChanged = newestSource();
function stacksOf(app: string): { stacks: SynthesizedStack[]; reused: boolean } {
  const out = join(workRoot, app.replace(/^.*\//, "").replace(/\.ts$/, ""), "cdktf.out");
  const manifest = join(out, "manifest.json");
  if (existsSync(manifest) && statSync(manifest).mtimeMs > sourcesChanged) {
    const stacks = JSON.parse(readFileSync(manifest, "utf8")) as { stacks: Record<string, { synthesizedStackPath: string }> };
    return { stacks: Object.entries(stacks.stacks).map(([name, s]) => ({ app, name, jsonPath: join(out, s.synthesizedStackPath) })), reused: true };
  }
  return { stacks: synthApp(app, join(work, "synth", app.replace(/\W+/g, "_"))), reused: false };
}

let fromApps = 0;
let reusedApps = 0;
for (const app of apps) {
  const { stacks, reused } = stacksOf(app);
  if (reused) reusedApps++;
  for (const stack of stacks) {
    const json = JSON.parse(readFileSync(stack.jsonPath, "utf8")) as { resource?: Record<string, Record<string, { user_data?: string }>> };
    for (const [id, instance] of Object.entries(json.resource?.aws_instance ?? {})) {
      const files = cloudInitFiles(instance.user_data ?? "");
      const config = files[L7_NODE_PATHS.haproxyConfig];
      if (!config) continue;
      fromApps++;
      haproxyCheck(`${app} › ${stack.name} › ${id}`, config);
      for (const script of [L7_NODE_PATHS.dsr, L7_NODE_PATHS.ipip, L7_NODE_PATHS.fetchCertificate]) {
        check(`sh -n ${script} of ${id}`, run("sh", ["-n", "-c", files[script] ?? "exit 1"]));
      }
      // Behind Global Accelerator: the return-path script and its nftables rules (nft -c parses
      // and checks them against the kernel without loading them).
      if (files[L7_NODE_PATHS.returnPath]) {
        check(`sh -n ${L7_NODE_PATHS.returnPath} of ${id}`, run("sh", ["-n", "-c", files[L7_NODE_PATHS.returnPath]]));
        const rules = join(work, `${id}.nft`);
        writeFileSync(rules, files[L7_NODE_PATHS.returnRules]);
        check(`nft -c ${L7_NODE_PATHS.returnRules} of ${id}`, run("nft", ["-c", "-f", rules]));
      }
    }
  }
}

// Options the apps leave at their defaults: one data center, a drained (weight 0) data center,
// several VIPs, HSTS, a tiny pool, fast checks.
const base: HaproxyConfigInput = {
  nodeName: "model",
  nodeAddress: "10.0.0.5",
  vips: ["203.0.113.10"],
  certificateFile: L7_NODE_PATHS.certificate,
  originCaFile: "/etc/ssl/certs/ca-certificates.crt",
  healthPort: 8080,
  healthPath: "/healthz",
  dataCenters: [{ name: "ash", tlsHostname: "ash.dc.example.com", port: 443, addresses: ["10.10.0.10"], healthCheckPath: "/healthz", weight: 1 }],
  pool: { maxConnectionsPerServer: 64, idleConnectionsPerServer: 32, warmConnectionsPerServer: 4, idlePurgeDelayMs: 300000 },
  timeouts: { connectMs: 2000, serverMs: 30000, clientMs: 30000, httpRequestMs: 10000, keepAliveMs: 10000, queueMs: 5000 },
  healthChecks: { intervalMs: 2000, fall: 3, rise: 2 },
  retries: 2,
  runtimeDir: "/run/haproxy",
  logTarget: "/dev/log local0",
  maxConnections: 50000,
  hstsMaxAgeSeconds: 0,
};
const variants: Record<string, HaproxyConfigInput> = {
  "one data center": base,
  "drained data center, several VIPs, HSTS": {
    ...base,
    vips: ["203.0.113.10", "203.0.113.11", "198.51.100.7"],
    hstsMaxAgeSeconds: 63072000,
    dataCenters: [...base.dataCenters, { name: "dub", tlsHostname: "dub.dc.example.com", port: 8443, addresses: ["10.20.0.10", "10.20.0.11"], healthCheckPath: "/ready", weight: 0 }],
  },
  "tiny pool, fast checks, no retries": {
    ...base,
    pool: { maxConnectionsPerServer: 1, idleConnectionsPerServer: 0, warmConnectionsPerServer: 0, idlePurgeDelayMs: 1000 },
    healthChecks: { intervalMs: 100, fall: 1, rise: 1 },
    retries: 0,
  },
};
for (const [name, input] of Object.entries(variants)) haproxyCheck(`model › ${name}`, renderHaproxyConfig(input));

rmSync(work, { recursive: true, force: true });
console.log(`${fromApps} fleet node configurations from ${apps.length} apps (${reusedApps} read from the harness's synth, ${apps.length - reusedApps} synthesized here), ${Object.keys(variants).length} model variants`);
if (fromApps === 0) {
  failed++;
  console.log("FAIL no app renders an L7 fleet: nothing of the constructs was checked");
}
console.log(`haproxy-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
