/**
 * An API behind Fastly: two regional origins behind a hash director, and a canary build that
 * only requests carrying `X-Canary: 1` reach. No segmented caching (responses are small).
 * Brotli through the Brotli Compression product, HTTP/3 advertised, Origin and Domain
 * Inspector enabled, 60 s keep-alive to the origins.
 */
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { FastlyCdnService } from "../lib/fastly";
import { FastlyProvider } from "../lib/gen/fastly/provider";

export class ApiServiceStack extends TerraformStack {
  public readonly service: FastlyCdnService;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new FastlyProvider(this, "fastly", {});

    this.service = new FastlyCdnService(this, "api", {
      serviceName: "api-edge",
      domains: ["api.example.com"],
      origins: [
        { name: "api-east", target: "api-east.origin.example.com", healthCheck: { path: "/healthz" }, keepAliveSeconds: 60 },
        { name: "api-west", target: "api-west.origin.example.com", healthCheck: { path: "/healthz" }, keepAliveSeconds: 60 },
      ],
      // The director is shielded as a whole: per-origin shields do not apply behind a director.
      director: { name: "api_pool", type: "hash", quorumPercent: 50, retries: 2, shield: "iad-va-us" },
      canary: {
        origin: { name: "api_canary", target: "api-canary.origin.example.com", healthCheck: { path: "/healthz" } },
        selector: { kind: "header", name: "X-Canary", value: "1" },
      },
      cache: { defaultTtlSeconds: 0 },
      compression: { brotli: true },
      http3: true,
      products: { originInspector: true, domainInspector: true },
      surrogateKeys: { fromOriginHeader: "Surrogate-Key-Source" },
      logging: [{ kind: "https", name: "api-logs", url: "https://logs.example.com/api" }],
      versionComment: "canary by X-Canary header",
    });
  }
}

const app = new App();
new ApiServiceStack(app, "fastly-api-service");
app.synth();
