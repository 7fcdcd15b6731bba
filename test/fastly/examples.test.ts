/**
 * One reviewed snapshot per example stack. The example files end in `app.synth()`, so their
 * output goes to a temporary directory instead of the repository's cdktf.out.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "cdktf";
import { IConstruct } from "constructs";

const warningsUnder = (root: IConstruct) =>
  root.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data)));

const previousOutdir = process.env.CDKTF_OUTDIR;
process.env.CDKTF_OUTDIR = mkdtempSync(join(tmpdir(), "cdktf-edge-examples-"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { VideoDeliveryStack } = require("../../examples/fastly-video-delivery") as typeof import("../../examples/fastly-video-delivery");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ApiServiceStack } = require("../../examples/fastly-api-service") as typeof import("../../examples/fastly-api-service");
if (previousOutdir === undefined) delete process.env.CDKTF_OUTDIR;
else process.env.CDKTF_OUTDIR = previousOutdir;

describe("example stacks", () => {
  test("fastly-video-delivery", () => {
    const stack = new VideoDeliveryStack(Testing.app(), "fastly-video-delivery");
    expect(stack.service.canaryPercent).toBe(5);
    expect(warningsUnder(stack)).toEqual([]);
    expect(JSON.parse(Testing.synth(stack))).toMatchSnapshot();
  });

  test("fastly-api-service", () => {
    const stack = new ApiServiceStack(Testing.app(), "fastly-api-service");
    expect(stack.service.canaryPercent).toBeUndefined();
    expect(warningsUnder(stack)).toEqual([]);
    expect(JSON.parse(Testing.synth(stack))).toMatchSnapshot();
  });
});
