/**
 * The backend the routing snippet chooses must survive the VCL Fastly assembles: Fastly's
 * `# default conditions` block runs after the recv snippets and sets req.backend to a backend
 * without a request_condition, so no such backend may exist.
 */
import { assembleServiceVcl, defaultBackends, ServiceVclJson } from "../../lib/model/vcl";
import { FastlyCdnServiceProps } from "../../lib/fastly";
import { BASE, onlyService, synthService } from "./helpers";

const canaryOrigin = { name: "canary", target: "canary.example.com", shield: "bwi-va-us", healthCheck: { path: "/healthz" } };

const cases: Record<string, FastlyCdnServiceProps> = {
  "single origin, no canary": BASE,
  "director, no canary": {
    ...BASE,
    origins: [
      { name: "a", target: "a.example.com" },
      { name: "b", target: "b.example.com" },
    ],
    director: { type: "random", shield: "iad-va-us" },
  },
  "header canary": { ...BASE, canary: { origin: canaryOrigin, selector: { kind: "header", name: "X-Canary", value: "1" } } },
  "cookie canary": { ...BASE, canary: { origin: canaryOrigin, selector: { kind: "cookie", name: "canary" } } },
  "percentage canary": { ...BASE, canary: { origin: canaryOrigin, selector: { kind: "percentage", percent: 5, seed: "s" } } },
};

function recvOf(service: ServiceVclJson): string {
  const vcl = assembleServiceVcl(service);
  return vcl.slice(vcl.indexOf("#--FASTLY RECV BEGIN"), vcl.indexOf("#--FASTLY RECV END"));
}

describe.each(Object.entries(cases))("%s", (_name, props) => {
  const { config } = onlyService(synthService(props));
  const service = config as unknown as ServiceVclJson;

  test("no backend is Fastly's default, so the default conditions set no backend", () => {
    expect(defaultBackends(service)).toEqual([]);
    const defaults = recvOf(service).split("# default conditions")[1].split("# end default conditions")[0];
    expect(defaults).not.toContain("req.backend");
  });

  test("the routing snippet's choice is the last backend assignment that can run before the shield blocks", () => {
    const recv = recvOf(service);
    const afterSnippets = recv.slice(recv.indexOf("# default conditions"), recv.indexOf("#do shield here") >= 0 ? recv.indexOf("#do shield here") : undefined);
    // Only never-true request conditions may still name a backend after the snippets.
    for (const block of afterSnippets.split("# Request Condition:").slice(1)) {
      expect(block).toMatch(/^ edge-backend-chosen-in-vcl Prio: \d+\n {2}if\( !req\.url \) \{/);
    }
  });
});
