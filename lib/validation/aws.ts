import { AWS_REGIONS } from "../aws/regions";
import { MODERN_TLS_POLICY_EXAMPLES, tlsPolicyProblem } from "../aws/tls-policy";
import { all, Check, fail, str } from "./core";
import { isUnresolved } from "./token";

const REGIONS: ReadonlySet<string> = new Set(AWS_REGIONS);

export const awsRegion: Check = all(str(32), (path, prop, value) => {
  const region = value as string;
  if (!REGIONS.has(region)) {
    const near = AWS_REGIONS.filter((r) => r.startsWith(region.slice(0, 2))).join(", ");
    fail(path, "aws.region", prop, "is not an AWS region", value, `a region code such as ${near || "us-east-1, eu-west-1"}`);
  }
});

/** An AWS resource id with its prefix, e.g. awsId("vpc") for "vpc-0abc..." (tokens pass). */
export function awsId(prefix: string): Check {
  const pattern = new RegExp(`^${prefix}-[0-9A-Za-z]{1,32}$`);
  return all(str(64), (path, prop, value) => {
    if (isUnresolved(value)) return;
    if (!pattern.test(value as string)) fail(path, "aws.id", prop, `is not a ${prefix}- id`, value, `an id such as ${prefix}-0123456789abcdef0`);
  });
}

export const hostedZoneId: Check = all(str(32), (path, prop, value) => {
  if (isUnresolved(value)) return;
  if (!/^Z[0-9A-Z]{1,31}$/.test(value as string)) fail(path, "aws.id", prop, "is not a Route53 hosted zone id", value, "an id such as Z0123456789ABCDEFGHIJ");
});

const LB_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

/** Throws unless `name` is a valid ELB / target group name (what the provider's validate checks). */
export function assertLbName(path: string, prop: string, name: string, derivedFrom: unknown): void {
  if (!LB_NAME.test(name) || /^internal-/i.test(name)) {
    fail(path, "aws.name", prop, `makes the AWS name "${name}", which AWS rejects`, derivedFrom, "names giving at most 32 letters, digits or inner '-' (not beginning with internal-)");
  }
}

export const acceleratorName: Check = all(str(64), (path, prop, value) => {
  // The AWS provider's own check: letters, digits and hyphens only (no '.').
  if (!/^[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?$/.test(value as string)) {
    fail(path, "aws.name", prop, "is not a Global Accelerator name", value, "1-64 letters, digits or '-', not beginning or ending with '-'");
  }
});

export const s3Bucket: Check = all(str(63, 3), (path, prop, value) => {
  if (isUnresolved(value)) return;
  const v = value as string;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v) || v.includes("..") || /^\d+\.\d+\.\d+\.\d+$/.test(v)) {
    fail(path, "aws.s3-bucket", prop, "is not an S3 bucket name", value, "3-63 lower-case letters, digits, '.' or '-', beginning and ending with a letter or digit");
  }
});

export const arn: Check = all(str(2048), (path, prop, value) => {
  if (isUnresolved(value)) return;
  if (!/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:\S+$/.test(value as string)) fail(path, "aws.arn", prop, "is not an ARN", value, "an ARN such as arn:aws:iam::123456789012:role/fastly-logs");
});

/** A known ELB security policy with a TLS 1.2+ floor (the list and its floors: lib/aws/tls-policy.ts). */
export const tlsPolicy: Check = all(str(128), (path, prop, value) => {
  if (isUnresolved(value)) return;
  const problem = tlsPolicyProblem(value as string);
  if (problem) fail(path, "aws.tls-policy", prop, problem, value, MODERN_TLS_POLICY_EXAMPLES);
});
