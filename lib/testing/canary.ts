import { EdgeConfigError } from "../errors";
import { blocks, LoadedStack, resourcesOf } from "./stack-json";

/** Percent of users a Fastly service's canary gets, read from its rendered VCL; undefined without a percentage canary. */
export function canaryPercentOf(stack: LoadedStack, serviceName?: string, path = "cdktf-edge/testing"): number | undefined {
  const services = resourcesOf(stack, "fastly_service_vcl").map(([, s]) => s);
  const names = services.map((s) => String(s.name));
  const chosen = serviceName === undefined ? services : services.filter((s) => s.name === serviceName);
  if (chosen.length === 0) throw new EdgeConfigError(path, "no such Fastly service in the stack", serviceName ?? null, names.length ? `one of ${names.join(", ")}` : "a stack with a fastly_service_vcl");
  if (chosen.length > 1) throw new EdgeConfigError(path, "the stack has several Fastly services; name one", serviceName ?? null, `one of ${names.join(", ")}`);
  for (const snippet of blocks(chosen[0].snippet)) {
    const match = /var\.edge_canary_bucket < (\d+)\)/.exec(String(snippet.content));
    if (match) return Number(match[1]);
  }
  return undefined;
}
