/**
 * The reference platform without the CDN: 3 data centers, 8 POPs on 5 continents (one with a
 * BGP/ECMP L4 fleet), users mapped to POPs by a CIDR DNS map solved under POP capacities.
 * stacks/main.ts is the same platform with a Fastly service in front.
 */
import { App, TerraformStack } from "cdktf";
import { EdgePlatform } from "../lib/platform/edge-platform";
import { dataCenters, latencyMs, pops, prefixes } from "../stacks/data/reference-platform";
import { awsProvider } from "./shared/providers";

const app = new App();
const stack = new TerraformStack(app, "example-reference-platform");
awsProvider(stack);
new EdgePlatform(stack, "Edge", {
  domain: "edge.example.com",
  dataCenters,
  pops,
  dnsRouting: { kind: "dns-map", prefixes: prefixes.map(({ cidr, demand }) => ({ cidr, demand })), latencyMs, defaultPop: "iad" },
});
app.synth();
