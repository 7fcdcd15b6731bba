import { EdgeConfigError } from "../../lib/errors";
import { summarizePlan } from "../../lib/testing";

// The shape `terraform show -json plan.out` prints (format_version 1.2), trimmed to what matters.
const plan = {
  format_version: "1.2",
  resource_changes: [
    { address: "aws_route53_cidr_location.Edge_fra", change: { actions: ["update"], before: { cidr_blocks: ["31.0.0.0/18"], name: "fra" }, after: { cidr_blocks: ["31.0.0.0/18", "37.0.0.0/18"], name: "fra" }, after_unknown: {} } },
    { address: "aws_lb.Edge_Pop-mad_L4", change: { actions: ["create"], before: null, after: { name: "mad-l4" }, after_unknown: { arn: true, id: true } } },
    { address: "aws_instance.Node_l4-1", change: { actions: ["delete", "create"], before: { ami: "ami-1", user_data: "a" }, after: { ami: "ami-1", user_data: "b" }, after_unknown: { id: true } } },
    { address: "aws_route53_zone.Zone", change: { actions: ["no-op"], before: { name: "example.com" }, after: { name: "example.com" }, after_unknown: {} } },
    { address: "aws_lb.Edge_Pop-lhr_L4", change: { actions: ["delete"], before: { name: "lhr-l4" }, after: null } },
  ],
};

describe("summarizePlan", () => {
  test("counts actions and lists what changes, by address", () => {
    expect(summarizePlan(JSON.stringify(plan))).toEqual({
      counts: { create: 1, delete: 1, "no-op": 1, replace: 1, update: 1 },
      changes: [
        { address: "aws_instance.Node_l4-1", action: "replace", changedAttributes: ["id", "user_data"] },
        { address: "aws_lb.Edge_Pop-lhr_L4", action: "delete" },
        { address: "aws_lb.Edge_Pop-mad_L4", action: "create" },
        { address: "aws_route53_cidr_location.Edge_fra", action: "update", changedAttributes: ["cidr_blocks"] },
      ],
    });
  });

  test("rejects JSON that is not a plan", () => {
    expect(() => summarizePlan({ values: {} })).toThrow(EdgeConfigError);
    expect(() => summarizePlan("{")).toThrow("the plan is not JSON");
  });
});
