import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { App, TerraformStack, Testing } from "cdktf";
import { attributeOf } from "../../lib/aws/attribute";

describe("attributeOf", () => {
  test("reads an attribute once per resource: the same token each time, one per resource and attribute", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const a = new Lb(stack, "A", { name: "a" });
    const b = new Lb(stack, "B", { name: "b" });
    expect(attributeOf(a, "arn")).toBe(attributeOf(a, "arn"));
    expect(attributeOf(a, "arn")).not.toBe(attributeOf(b, "arn"));
    expect(attributeOf(a, "arn")).not.toBe(attributeOf(a, "dnsName"));
    // A plain read makes a fresh token: what attributeOf saves.
    expect(a.arn).not.toBe(a.arn);
  });

  test("the shared token resolves to the attribute's reference wherever it is used", () => {
    const stack = new TerraformStack(new App(), "s");
    const lb = new Lb(stack, "Lb", { name: "edge" });
    for (const port of [80, 443]) {
      new LbListener(stack, `L${port}`, { loadBalancerArn: attributeOf(lb, "arn"), port, defaultAction: [{ type: "fixed-response" }] });
    }
    const listeners = Object.values(JSON.parse(Testing.synth(stack)).resource.aws_lb_listener) as { load_balancer_arn: string }[];
    expect(listeners.map((l) => l.load_balancer_arn)).toEqual(["${aws_lb.Lb.arn}", "${aws_lb.Lb.arn}"]);
  });
});
