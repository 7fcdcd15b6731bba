import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Construct } from "constructs";
import { FastlyProvider } from "../../lib/gen/fastly/provider";

/** One AWS provider for every region (resources carry their own `region`); credentials from the environment. */
export function awsProvider(scope: Construct): AwsProvider {
  return new AwsProvider(scope, "aws", { region: "us-east-1", defaultTags: [{ tags: { "managed-by": "cdktf-edge" } }] });
}

/** Fastly provider; the API key comes from FASTLY_API_KEY in the environment. */
export function fastlyProvider(scope: Construct): FastlyProvider {
  return new FastlyProvider(scope, "fastly", {});
}

/** Placeholder network of a region for examples: replace with your VPC and subnets. */
export function exampleNetwork(region: string) {
  const tag = region.replace(/-/g, "").slice(0, 8).padEnd(8, "0");
  return {
    vpcId: `vpc-${tag}00000001`,
    publicSubnetIds: [`subnet-${tag}0000000a`, `subnet-${tag}0000000b`],
  };
}
