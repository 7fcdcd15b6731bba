import { TerraformResource } from "cdktf";

const read = new WeakMap<TerraformResource, Map<string, unknown>>();

/**
 * `resource[name]` (an attribute such as `lb.arn`), read once per resource: cdktf makes a new
 * token on every read of an attribute, and every token captures a full stack trace, 25–35 µs
 * on this project's bench machine — two fifths of a platform's synth time goes to them. Tiers read
 * an attribute they use more than once (in a loop, or in another construct) through here; the
 * one token resolves to the same `${aws_lb.name.arn}` wherever it is used.
 */
export function attributeOf<R extends TerraformResource, K extends keyof R & string>(resource: R, name: K): R[K] {
  let byName = read.get(resource);
  if (!byName) read.set(resource, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, resource[name]);
  return byName.get(name) as R[K];
}
