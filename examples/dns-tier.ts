/** The DNS tier alone: latency, geolocation, weighted and failover answers for static POP addresses. */
import { App, TerraformStack } from "cdktf";
import { DnsTier } from "../lib/aws/dns-tier";
import { awsProvider } from "./shared/providers";

const app = new App();
const stack = new TerraformStack(app, "example-dns-tier");
awsProvider(stack);
const pop = (name: string, address: string) => ({
  endpointName: name,
  dnsTarget: { kind: "addresses" as const, addresses: [address] },
  healthCheckHost: `${name}.pop.example.com`,
  healthCheckPath: "/healthz",
});
const latency = new DnsTier(stack, "Latency", { zoneName: "example.com", serviceName: "www.example.com" });
latency.addPop(pop("iad", "192.0.2.10"), { kind: "latency", latencyRegion: "us-east-1" });
latency.addPop(pop("nrt", "192.0.2.20"), { kind: "latency", latencyRegion: "ap-northeast-1" });

const geo = new DnsTier(stack, "Geo", { zoneName: "example.net", serviceName: "www.example.net" });
geo.addPop(pop("fra", "192.0.2.30"), { kind: "geolocation", continent: "EU" });
geo.addPop(pop("default", "192.0.2.10"), { kind: "geolocation", country: "*" });

const canary = new DnsTier(stack, "Weighted", { zoneName: "example.org", serviceName: "api.example.org" });
canary.addPop(pop("blue", "192.0.2.40"), { kind: "weighted", weight: 90 });
canary.addPop(pop("green", "192.0.2.41"), { kind: "weighted", weight: 10 });

const failover = new DnsTier(stack, "Failover", { zoneName: "example.io", serviceName: "login.example.io" });
failover.addPop(pop("primary", "192.0.2.50"), { kind: "failover", role: "PRIMARY" });
failover.addPop(pop("standby", "192.0.2.51"), { kind: "failover", role: "SECONDARY" });
app.synth();
