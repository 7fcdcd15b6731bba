/**
 * Renders the L7 fleet node the lab runs, through the real construct (L7Fleet), and writes its
 * files to a directory. The only changes to what a node would write: file paths the lab owns
 * (certificate, origin CA bundle, admin socket directory) and the log target — printed, one per
 * line. Usage: ts-node lab-render.ts <outdir> <certificate.pem> <ca.pem>
 */
import { Testing, TerraformStack } from "cdktf";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { DataCenter } from "../../lib/aws/data-center";
import { L7Fleet } from "../../lib/aws/l7-fleet";
import { L7_NODE_PATHS } from "../../lib/model/l7-node-config";

/** Addresses and names of the lab (inside its own network namespaces only). */
export const LAB = {
  vip: "203.0.113.10",
  nodeAddress: "10.201.1.2",
  originAddress: "10.201.2.2",
  serviceName: "www.lab.test",
  hostname: "l7.pop.lab.test",
  originName: "dc.lab.test",
  poolSize: 4,
  /** The stand-in L4 node the return-path test sends a flow through. */
  l4Address: "10.201.3.1",
  certificateArn: "arn:aws:acm:eu-central-1:123456789012:certificate/lab",
};

const [outdir, certificate, ca] = process.argv.slice(2);
const stack = new TerraformStack(Testing.app(), "lab");
const dc = new DataCenter(stack, "Dc", { name: "lab", region: "eu-central-1", originHostname: LAB.originName, originAddresses: [LAB.originAddress] });
const fleet = new L7Fleet(stack, "Fleet", {
  name: "lab",
  region: "eu-central-1",
  network: { vpcId: "vpc-lab", publicSubnetIds: ["subnet-lab"] },
  hostname: LAB.hostname,
  alternativeNames: [LAB.serviceName],
  zone: { zoneId: "Z0LAB", zoneName: "lab.test" },
  origins: [dc],
  vips: [LAB.vip],
  ami: "ami-0123456789abcdef0",
  nodes: [{ name: "l7-lab", address: LAB.nodeAddress, subnetId: "subnet-lab" }],
  pool: { maxConnectionsPerServer: LAB.poolSize, idleConnectionsPerServer: LAB.poolSize, warmConnectionsPerServer: 2 },
  healthCheckIntervalMs: 500,
  serverTimeoutMs: 5000,
  // The lab's file descriptor limit (20000 here) is below what the default 50000 needs.
  maxClientConnections: 4000,
  replyVia: [LAB.l4Address],
});
const files = fleet.nodeFiles["l7-lab"];
const substitutions: [string, string][] = [
  [L7_NODE_PATHS.certificate, certificate],
  ["/etc/ssl/certs/ca-certificates.crt", ca],
  ["/run/haproxy", outdir],
  ["log /dev/log local0", "log stdout format raw local0"],
];
let config = files[L7_NODE_PATHS.haproxyConfig];
for (const [from, to] of substitutions) {
  if (!config.includes(from)) throw new Error(`the rendered configuration no longer holds ${from}`);
  config = config.split(from).join(to);
  console.log(`substituted: ${from} -> ${to}`);
}
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, "haproxy.cfg"), config);
writeFileSync(join(outdir, "dsr.sh"), files[L7_NODE_PATHS.dsr]);
writeFileSync(join(outdir, "ipip.sh"), files[L7_NODE_PATHS.ipip]);
// The return path (Global Accelerator ingress). A veth named like the IPIP device stands in for
// it (no ipip module here), so the module load is the one line left out.
const returnScript = files[L7_NODE_PATHS.returnPath];
const modprobe = returnScript.split("\n").find((l) => l.startsWith("modprobe ipip"));
if (!modprobe) throw new Error("the return-path script no longer loads the ipip module");
writeFileSync(join(outdir, "return.sh"), returnScript.replace(`${modprobe}\n`, "").split(L7_NODE_PATHS.returnRules).join(join(outdir, "return.nft")));
writeFileSync(join(outdir, "return.nft"), files[L7_NODE_PATHS.returnRules]);
console.log(`left out (return path): ${modprobe}; ${L7_NODE_PATHS.returnRules} -> ${join(outdir, "return.nft")}`);
// The certificate fetch as rendered for ACM export; the validated ARN is still a cdktf token here
// (Terraform fills it at apply time).
const arnToken = /\$\{TfToken\[TOKEN\.\d+\]\}/g;
const fetch = files[L7_NODE_PATHS.fetchCertificate];
if (!arnToken.test(fetch)) throw new Error("the certificate fetch no longer names the validated certificate");
writeFileSync(
  join(outdir, "fetch-certificate.sh"),
  fetch.replace(arnToken, LAB.certificateArn).split(L7_NODE_PATHS.certificate).join(join(outdir, "certs", "edge.pem")),
);
console.log(`substituted (certificate fetch): the validated certificate ARN -> ${LAB.certificateArn}, ${L7_NODE_PATHS.certificate} -> ${join(outdir, "certs", "edge.pem")}`);
writeFileSync(join(outdir, "lab.env"), Object.entries(LAB).map(([k, v]) => `LAB_${k.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}=${v}`).join("\n") + "\n");
