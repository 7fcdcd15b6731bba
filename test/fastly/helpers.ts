import { App, TerraformStack, Testing } from "cdktf";
import { FastlyCdnService, FastlyCdnServiceProps } from "../../lib/fastly";

type Block = Record<string, unknown>;
export interface Synthed {
  readonly json: { resource: Record<string, Record<string, Block>> };
  readonly service: FastlyCdnService;
}

/** Minimal valid props: one TLS origin with a health check, one domain. */
export const BASE: FastlyCdnServiceProps = {
  serviceName: "svc",
  domains: ["cdn.example.com"],
  origins: [{ name: "origin", target: "origin.example.com", healthCheck: { path: "/healthz" } }],
};

/** Synthesizes one FastlyCdnService at path `test/cdn`. */
export function synthService(props: FastlyCdnServiceProps): Synthed {
  const app: App = Testing.app();
  const stack = new TerraformStack(app, "test");
  const service = new FastlyCdnService(stack, "cdn", props);
  return { json: JSON.parse(Testing.synth(stack)), service };
}

/** The only fastly_service_vcl of a synthesized stack, with its logical id. */
export function onlyService(s: Synthed): { id: string; config: Block } {
  const entries = Object.entries(s.json.resource.fastly_service_vcl);
  expect(entries).toHaveLength(1);
  return { id: entries[0][0], config: entries[0][1] };
}

export function snippet(config: Block, name: string): Block | undefined {
  return (config.snippet as Block[]).find((x) => x.name === name);
}

export function warnings(s: Synthed): string[] {
  return s.service.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
}
