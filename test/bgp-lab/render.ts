/**
 * Renders the BGP lab's L4 nodes with the library, exactly as a stack would deploy them: two
 * L4 tiers (BIRD: n1, n2; ExaBGP: n3) peering with a VPC Route Server, synthesized, then only the
 * apply-time addresses filled in by applyTerraformAddresses (the route server endpoint becomes
 * the lab router). Writes each node's cloud-init files under LAB_OUT/<node>/root/.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { gunzipSync } from "zlib";
import { Testing, TerraformStack } from "cdktf";
import { L4Mode } from "../../lib/aws/l4-mode";
import { L4Tier } from "../../lib/aws/l4-tier";
import { applyTerraformAddresses } from "../../lib/model/terraform-addresses";

const out = process.env.LAB_OUT!;
const ca = process.env.LAB_CA!;
const net = process.env.LAB_NET ?? "10.77.0";
const stack = new TerraformStack(Testing.app(), "bgp-lab");
const l7 = { originTlsHostname: "www.lab.example", healthCheckPath: "/healthz", certificateNames: ["www.lab.example"] };
const mode = (daemon: "bird" | "exabgp", nodes: [string, number][]): L4Mode => ({
  kind: "bgp-ecmp",
  exposure: "internet",
  ami: "ami-lab",
  vips: ["203.0.113.10"],
  localAsn: 65010,
  daemon,
  nodes: nodes.map(([name, host]) => ({ name, address: `${net}.${host}`, subnetId: "subnet-lab" })),
  peering: { kind: "route-server", routeTableIds: ["rtb-lab"] },
  l7Backends: [{ name: "l7-a", address: `${net}.21` }, { name: "l7-b", address: `${net}.22` }],
  l7HealthCheck: { caFile: ca },
});
const tiers = [
  new L4Tier(stack, "Bird", { name: "lab-bird", region: "eu-central-1", network: { vpcId: "vpc-lab", publicSubnetIds: ["subnet-lab"] }, l7, mode: mode("bird", [["n1", 11], ["n2", 12]]) }),
  new L4Tier(stack, "Exa", { name: "lab-exa", region: "eu-central-1", network: { vpcId: "vpc-lab", publicSubnetIds: ["subnet-lab"] }, l7, mode: mode("exabgp", [["n3", 13]]) }),
];
const json = JSON.parse(Testing.synth(stack)) as { resource: { aws_instance: Record<string, { user_data: string; tags: { Name: string } }> } };

/** The write_files entries of user data as renderCloudInit writes them. */
function cloudInitFiles(userData: string): Record<string, { content: string | Buffer; mode: string }> {
  const files: Record<string, { content: string | Buffer; mode: string }> = {};
  const lines = userData.split("\n");
  let current: string | undefined;
  let block = false;
  for (const line of lines) {
    const path = /^ {2}- path: (.*)$/.exec(line);
    if (path) [current, block] = [path[1], false];
    else if (current && /^ {4}permissions: "(\d+)"$/.test(line)) files[current] = { content: "", mode: /"(\d+)"/.exec(line)![1] };
    else if (current && /^ {4}content: \|$/.test(line)) block = true;
    else if (current && /^ {4}content: (\S+)$/.test(line)) files[current].content = gunzipSync(Buffer.from(line.slice(13), "base64"));
    else if (current && block && line.startsWith("      ")) files[current].content += `${line.slice(6)}\n`;
    else if (!line.startsWith("    ")) [current, block] = [undefined, false];
  }
  return files;
}

for (const instance of Object.values(json.resource.aws_instance)) {
  const node = instance.tags.Name.replace(/^lab-(bird|exa)-l4-/, "");
  const userData = applyTerraformAddresses(instance.user_data, { eni_address: `${net}.1` });
  for (const [path, file] of Object.entries(cloudInitFiles(userData))) {
    const target = join(out, node, "root", path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content, { mode: parseInt(file.mode, 8) });
  }
  writeFileSync(join(out, node, "user-data"), userData);
}
const table = tiers[0].forwardingTable!;
writeFileSync(join(out, "table.emgl"), table.bytes);
writeFileSync(join(out, "header.emgl"), table.headerBytes);
writeFileSync(join(out, "delivery"), `${tiers[0].fleet!.tableDelivery}\n`);
writeFileSync(join(out, "digest"), `${table.digest}\n`);
console.log(`rendered ${Object.keys(json.resource.aws_instance).length} nodes; table M=${table.tableSize} (${table.bytes.length} bytes, shipped ${tiers[0].fleet!.tableDelivery}), sha256 ${table.digest.slice(0, 16)}…; user data ${Object.values(json.resource.aws_instance).map((i) => Buffer.byteLength(i.user_data)).join("/")} bytes`);
