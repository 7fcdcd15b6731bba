/**
 * Apply and change safety against moto (issue 11). One moto server (moto[server] from PyPI, venv
 * under the cache dir) on 127.0.0.1 for the whole phase; the AWS provider pointed at it.
 *  1. terraform apply of a platform built only from services moto implements: Route53 zone,
 *     records and health checks, ACM certificates + DNS validation, ELBv2 (ALB, NLB, target
 *     groups, listeners), EC2 security groups — latency routing, managed L4 tiers, 2 POPs.
 *  2. After each change users make every week, `terraform plan` and `terraform show -json`:
 *     reordering every list, adding a backend (an origin address), adding a POP, draining a
 *     POP (removing it from the spec). Zero deletes or replaces of existing resources, except
 *     where the change demands them (draining: exactly that POP's resources, named).
 *  3. Apply of one change (adding a backend), then terraform destroy leaves moto empty.
 * Left out, because moto does not emulate them: Global Accelerator, Route53 CIDR collections
 * (the DNS map), VPC Route Server, Transit Gateway Connect peers (bgp-ecmp L4), and Fastly
 * (the canary-percentage change has no emulator; its plan is not exercised here).
 * Usage: run.ts <moto bin dir>
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { createServer } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { App, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { EdgePlatform } from "../../lib/platform/edge-platform";
import { EdgePlatformProps } from "../../lib/platform/spec";
import { prepareWorkdir, terraformInit } from "../harness/terraform";
import { loadToolchain } from "../harness/toolchain";

delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
const bin = process.argv[2];
const started = Date.now();
const REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"];
const toolchain = loadToolchain();
const root = mkdtempSync(join(tmpdir(), "cdktf-edge-moto-"));
let moto: ChildProcess | undefined;
let passed = 0;
let failed = 0;
const result = (ok: boolean, line: string) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${line}`);
};
const secs = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function startMoto(port: number): Promise<string> {
  moto = spawn(join(bin, "moto_server"), ["-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, MOTO_ACM_VALIDATION_WAIT: "0" },
    // Its request log is not read: a pipe nobody drains fills up and stalls the server.
    stdio: "ignore",
  });
  if (process.env.MOTO_PID_FILE && moto.pid) writeFileSync(process.env.MOTO_PID_FILE, String(moto.pid));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const probe = spawnSync("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", `${url}/moto-api/`], { encoding: "utf8", timeout: 2000 });
    if (probe.stdout.trim() === "200") return url;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("moto server did not answer within 20 s");
}

function python(args: string[]): string {
  const run = spawnSync(join(bin, "python"), [join(__dirname, "moto.py"), ...args], { encoding: "utf8", timeout: 60_000 });
  if (run.status !== 0) throw new Error(`moto.py ${args[0]} failed: ${run.stderr}`);
  return run.stdout.trim();
}

type Networks = Record<string, { vpcId: string; publicSubnetIds: string[] }>;

function spec(networks: Networks): EdgePlatformProps {
  return {
    domain: "edge-moto.example.com",
    dataCenters: [{ name: "ash", region: "us-east-1", originHostname: "ash.dc.edge-moto.example.com", originAddresses: ["10.10.0.10"] }],
    pops: [
      { name: "iad", region: "us-east-1", network: networks["us-east-1"], l4: { kind: "managed" } },
      { name: "dub", region: "eu-west-1", network: networks["eu-west-1"], l4: { kind: "managed" } },
    ],
    dnsRouting: { kind: "latency" },
  };
}

function writeStack(dir: string, props: EdgePlatformProps, endpoint: string): void {
  const out = join(root, "synth");
  const app = new App({ outdir: out });
  const stack = new TerraformStack(app, "moto");
  const services = ["acm", "ec2", "elbv2", "route53", "sts", "iam"];
  new AwsProvider(stack, "aws", {
    region: "us-east-1",
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: "true",
    endpoints: [Object.fromEntries(services.map((s) => [s, endpoint]))],
  });
  new EdgePlatform(stack, "Edge", props);
  app.synth();
  const json = join(out, "stacks", "moto", "cdk.tf.json");
  const doc = JSON.parse(readFileSync(json, "utf8"));
  mkdirSync(dir, { recursive: true });
  if (!readFileSafe(join(dir, "main.tf.json"))) prepareWorkdir(json, dir, toolchain);
  else writeFileSync(join(dir, "main.tf.json"), JSON.stringify(pinned(doc), null, 2));
}

function readFileSafe(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function pinned(doc: { terraform?: { required_providers?: Record<string, { version?: string }>; backend?: unknown } }) {
  const aws = doc.terraform?.required_providers?.aws;
  if (aws) aws.version = toolchain.providerVersions["hashicorp/aws"];
  if (doc.terraform) delete doc.terraform.backend;
  return doc;
}

function terraform(dir: string, args: string[]) {
  const run = spawnSync(toolchain.tfBin, args, {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 100_000,
    env: { ...process.env, ...toolchain.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_EC2_METADATA_DISABLED: "true" },
  });
  return { ok: run.status === 0, out: `${run.stdout}${run.stderr}`, stdout: run.stdout };
}

/** The error blocks of terraform's output. */
function errors(out: string): string {
  const at = out.indexOf("Error:");
  return at < 0 ? out.slice(-1500) : out.slice(at, at + 3000);
}

interface Change { address: string; change: { actions: string[] } }

function planActions(dir: string, refresh = false): { creates: string[]; updates: string[]; deletes: string[]; replaces: string[]; ok: boolean; out: string } {
  // The state is fresh from the apply: plans compare the changed spec without refreshing (an idle plan refreshes first).
  const plan = terraform(dir, ["plan", "-no-color", "-input=false", `-refresh=${refresh}`, "-parallelism=30", "-out=change.plan"]);
  if (!plan.ok) return { creates: [], updates: [], deletes: [], replaces: [], ok: false, out: plan.out };
  const show = terraform(dir, ["show", "-json", "change.plan"]);
  const changes = (JSON.parse(show.stdout) as { resource_changes?: Change[] }).resource_changes ?? [];
  const pick = (test: (a: string[]) => boolean) => changes.filter((c) => test(c.change.actions)).map((c) => c.address);
  return {
    ok: true,
    out: "",
    creates: pick((a) => a.length === 1 && a[0] === "create"),
    updates: pick((a) => a.length === 1 && a[0] === "update"),
    deletes: pick((a) => a.length === 1 && a[0] === "delete"),
    replaces: pick((a) => a.includes("delete") && a.includes("create")),
  };
}

async function main(): Promise<void> {
  const port = await freePort();
  const endpoint = await startMoto(port);
  console.log(`moto: server on ${endpoint} (moto ${spawnSync(join(bin, "python"), ["-c", "import moto; print(moto.__version__)"], { encoding: "utf8" }).stdout.trim()}) in ${secs(started)}`);
  const networks = JSON.parse(python(["setup", endpoint, ...REGIONS])) as Networks;
  const dir = join(root, "tf");
  const base = spec(networks);
  writeStack(dir, base, endpoint);
  const init = terraformInit(dir, toolchain);
  if (!init.ok) throw new Error(`terraform init failed: ${init.output}`);

  let t0 = Date.now();
  const apply = terraform(dir, ["apply", "-auto-approve", "-no-color", "-input=false", "-parallelism=30"]);
  const applied = /Resources: (\d+) added/.exec(apply.out)?.[1];

  result(apply.ok, `apply of the platform (2 POPs, managed L4, latency routing): ${applied ?? 0} resources in ${secs(t0)}`);
  if (!apply.ok) {
    console.log(apply.out.slice(-3000));
    return;
  }
  const idle = planActions(dir, true);
  if (!idle.ok) console.log(errors(idle.out));
  result(idle.ok && idle.creates.length + idle.updates.length + idle.deletes.length + idle.replaces.length === 0, `re-plan of the same spec: ${idle.creates.length} create, ${idle.updates.length} update, ${idle.deletes.length} delete, ${idle.replaces.length} replace`);

  const reversed = <T>(l: readonly T[]) => [...l].reverse();
  // Changes after the applied one build on it (the state then holds the added backend).
  const grown: EdgePlatformProps = { ...base, dataCenters: base.dataCenters.map((d) => ({ ...d, originAddresses: [...d.originAddresses, "10.10.0.11"] })) };
  const changes: { name: string; props: EdgePlatformProps; demanded?: (address: string) => boolean; apply?: boolean }[] = [
    {
      name: "reorder every list (pops, dataCenters, subnets, origin addresses)",
      props: { ...base, pops: reversed(base.pops).map((p) => ({ ...p, network: { ...p.network, publicSubnetIds: reversed(p.network.publicSubnetIds) } })), dataCenters: reversed(base.dataCenters) },
    },
    {
      name: "add a backend (a second origin address of data center ash)",
      props: grown,
      apply: true,
    },
    {
      name: "add a POP (syd in ap-southeast-2)",
      props: { ...grown, pops: [...grown.pops, { name: "syd", region: "ap-southeast-2", network: networks["ap-southeast-2"], l4: { kind: "managed" } }] },
    },
    {
      name: "drain a POP (dub removed from the spec)",
      props: { ...grown, pops: grown.pops.filter((p) => p.name !== "dub") },
      demanded: (address) => /[._]Pop-dub_|_Health-dub_/.test(address),
    },
  ];
  let current = base;
  for (const change of changes) {
    t0 = Date.now();
    writeStack(dir, change.props, endpoint);
    const plan = planActions(dir);
    if (!plan.ok) {
      result(false, `${change.name}: plan failed\n${plan.out.slice(-1500)}`);
      continue;
    }
    const lost = [...plan.deletes, ...plan.replaces].filter((a) => !change.demanded?.(a));
    const demanded = [...plan.deletes, ...plan.replaces].filter((a) => change.demanded?.(a));
    result(
      lost.length === 0,
      `${change.name}: plan ${plan.creates.length} create, ${plan.updates.length} update, ${plan.deletes.length} delete, ${plan.replaces.length} replace in ${secs(t0)}` +
        (demanded.length > 0 ? `; deletes the change demands: ${demanded.length} (${[...new Set(demanded.map((a) => a.split(".")[0]))].join(", ")} of POP dub)` : "") +
        (lost.length > 0 ? `; LOSES ${lost.join(", ")}` : "") +
        (plan.updates.length > 0 ? `; updates ${plan.updates.join(", ")}` : ""),
    );
    if (change.apply) {
      t0 = Date.now();
      const applyChange = terraform(dir, ["apply", "-auto-approve", "-no-color", "-input=false", "-parallelism=30", "change.plan"]);
      result(applyChange.ok, `${change.name}: apply in ${secs(t0)}`);
      if (!applyChange.ok) console.log(errors(applyChange.out));
      if (applyChange.ok) current = change.props;
    }
    writeStack(dir, current, endpoint);
  }

  t0 = Date.now();
    const destroy = terraform(dir, ["destroy", "-auto-approve", "-no-color", "-input=false", "-parallelism=30"]);
  if (!destroy.ok) console.log(errors(destroy.out));
  const destroyed = /Resources: (\d+) destroyed/.exec(destroy.out)?.[1];
  const left = JSON.parse(python(["inventory", endpoint, ...REGIONS])) as Record<string, number>;
  const remaining = Object.entries(left).filter(([, n]) => n > 0);
  result(destroy.ok && remaining.length === 0, `destroy: ${destroyed ?? 0} resources in ${secs(t0)}; moto afterwards: ${Object.entries(left).map(([k, n]) => `${k} ${n}`).join(", ")}`);
}

main()
  .catch((e) => result(false, `moto phase: ${e instanceof Error ? e.message : String(e)}`))
  .finally(() => {
    moto?.kill("SIGTERM");
    rmSync(root, { recursive: true, force: true });
    console.log(`moto phase: ${secs(started)} in all`);
    console.log(`moto: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  });
