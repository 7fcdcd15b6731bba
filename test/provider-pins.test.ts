import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { FastlyProvider } from "../lib/gen/fastly/provider";
import { checkProviderPins, expectedProviderVersions } from "./harness/pins";

function stackJson(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "pins-")), "cdk.tf.json");
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe("provider version pins", () => {
  test("the bindings are Fastly 9.5.1 and AWS 6.25.0", () => {
    expect(expectedProviderVersions()).toEqual({ aws: "6.25.0", fastly: "9.5.1" });
  });

  test("a stack with both providers asks for exactly the bindings' versions", () => {
    // GIVEN
    const app: App = Testing.app();
    const stack = new TerraformStack(app, "pins");
    new AwsProvider(stack, "aws", { region: "us-east-1" });
    new FastlyProvider(stack, "fastly", {});
    // WHEN
    const doc = JSON.parse(Testing.synth(stack));
    // THEN
    expect(doc.terraform.required_providers).toEqual({
      aws: { source: "aws", version: "6.25.0" },
      fastly: { source: "fastly/fastly", version: "9.5.1" },
    });
    expect(checkProviderPins(stackJson(doc)).ok).toBe(true);
  });

  test("fails on a provider without a version, and on one that differs from its bindings", () => {
    const doc = { terraform: { required_providers: { fastly: { source: "fastly/fastly" }, aws: { source: "aws", version: "~> 6.0" } } } };
    const result = checkProviderPins(stackJson(doc));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.detail)).toEqual([
      "required_providers.fastly has no version",
      "required_providers.aws asks for ~> 6.0, the bindings are 6.25.0",
    ]);
  });
});
