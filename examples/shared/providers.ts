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
  // The whole region code: one VPC id per region (ap-southeast-1 and -2 must not share one).
  const tag = region.replace(/-/g, "");
  return { vpcId: `vpc-${tag}`, publicSubnetIds: [`subnet-${tag}a`, `subnet-${tag}b`] };
}
