import { checkApp, describeFailures } from "./harness/check";
import { loadToolchain } from "./harness/toolchain";

// These run the real terraform, providers and falco built by scripts/toolchain.sh.
jest.setTimeout(180_000);

describe("validation harness", () => {
  const toolchain = loadToolchain();

  test("fails with the Fastly provider's own error on a director of type 2", () => {
    // WHEN
    const [report] = checkApp("test/fixtures/broken-director-type.ts", toolchain);

    // THEN
    expect(report.ok).toBe(false);
    const failures = describeFailures(report).join("\n");
    expect(failures).toContain("broken-director › fastly_service_vcl.cdn: terraform validate");
    expect(failures).toMatch(/expected (director\.\d+\.)?type to be one of \[1 3 4\], got 2/);
  });

  test("fails with the AWS provider's schema error on an unknown attribute set by addOverride", () => {
    const [report] = checkApp("test/fixtures/broken-aws-attribute.ts", toolchain);

    expect(report.ok).toBe(false);
    const failures = describeFailures(report).join("\n");
    expect(failures).toContain("broken-aws › aws_lb.l4: terraform validate");
    expect(failures).toContain('No argument or block type is named "cross_zone_magic"');
  });

  test("fails with falco's error on a snippet that sets an unknown VCL variable", () => {
    const [report] = checkApp("test/fixtures/broken-vcl-snippet.ts", toolchain);

    expect(report.ok).toBe(false);
    const validate = report.steps.find((s) => s.tool === "terraform validate");
    expect(validate?.result.ok).toBe(true);
    const failures = describeFailures(report).join("\n");
    expect(failures).toContain("broken-vcl › fastly_service_vcl.cdn: falco lint");
    expect(failures).toContain("req.no_such_variable");
  });

  test("fails when a recv snippet's backend choice would be overwritten by Fastly's default conditions", () => {
    const [report] = checkApp("test/fixtures/broken-default-backend.ts", toolchain);

    expect(report.ok).toBe(false);
    expect(report.steps.find((s) => s.tool === "terraform validate")?.result.ok).toBe(true);
    const failures = describeFailures(report).join("\n");
    expect(failures).toContain("broken-routing › fastly_service_vcl.cdn: routing survives Fastly's default conditions");
    expect(failures).toContain("recv snippet(s) route set req.backend, but Fastly's default conditions then set it to origin, canary");
  });
});
