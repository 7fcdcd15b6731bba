import { EdgeConfigError } from "../errors";

/** Commercial AWS regions (AWS provider 6.x), where a POP or a data center can live. */
export const AWS_REGIONS = [
  "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
  "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
  "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1",
  "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
  "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2",
  "us-west-1", "us-west-2",
] as const;

export type AwsRegion = (typeof AWS_REGIONS)[number];

const known: ReadonlySet<string> = new Set(AWS_REGIONS);

/** Throws unless `region` is a commercial AWS region code such as "eu-west-1". */
export function assertAwsRegion(path: string, prop: string, region: string): asserts region is AwsRegion {
  if (!known.has(region)) {
    const near = AWS_REGIONS.filter((r) => r.startsWith(region.slice(0, 2))).join(", ");
    throw new EdgeConfigError(path, `${prop} is not an AWS region`, region, `a region code such as ${near || "us-east-1, eu-west-1"}`);
  }
}
