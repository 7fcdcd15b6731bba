import { Testing, TerraformStack } from "cdktf";
import { DataCenter } from "../../lib/aws/data-center";
import { DnsTier } from "../../lib/aws/dns-tier";

/** A stack with a zone and one data center, the minimum most tier constructs need. */
export function fixture() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const dns = new DnsTier(stack, "Dns", { zoneName: "example.com", serviceName: "www.example.com" });
  const dc = new DataCenter(stack, "Dc", {
    name: "ash",
    region: "us-east-1",
    originHostname: "origin.example.com",
    originAddresses: ["10.10.0.10"],
  });
  return { app, stack, dns, dc };
}

export const network = { vpcId: "vpc-1", publicSubnetIds: ["subnet-a", "subnet-b"] };

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Synthesizes and returns `resource` of the stack as plain objects. */
export function resources(stack: TerraformStack): Resources {
  return (JSON.parse(Testing.synth(stack)) as { resource: Resources }).resource;
}

/** All resources of one type, as a list. */
export function ofType(stack: TerraformStack, type: string): Record<string, unknown>[] {
  return Object.values(resources(stack)[type] ?? {});
}
