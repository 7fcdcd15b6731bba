/**
 * A Fastly Compute app: one Wasm package, a TLS-verified API backend with a health check, and
 * the three stores Compute code reads — a KV store for sessions, a config store of feature
 * flags managed by Terraform, and a secret store whose secrets are added outside Terraform —
 * each linked to the service by a resource_link.
 */
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { FastlyComputeService } from "../lib/fastly";
import { FastlyProvider } from "../lib/gen/fastly/provider";

export class ComputeAppStack extends TerraformStack {
  public readonly service: FastlyComputeService;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new FastlyProvider(this, "fastly", {});

    this.service = new FastlyComputeService(this, "app", {
      serviceName: "edge-app",
      domains: ["app.example.com"],
      // The hash is given so the stack validates without the package; by default it is
      // filesha512(path), evaluated when Terraform plans.
      package: { path: "pkg/edge-app.tar.gz", sourceCodeHash: "0".repeat(128) },
      origins: [{ name: "api", target: "api.origin.example.com", healthCheck: { path: "/healthz" }, keepAliveSeconds: 60 }],
      stores: {
        kv: [{ name: "sessions", location: "EU" }],
        config: [{ name: "flags", entries: { new_checkout: "off", search_v2: "on" } }],
        secret: [{ name: "api_keys" }],
      },
      versionComment: "stores linked",
    });
  }
}

const app = new App();
new ComputeAppStack(app, "fastly-compute-app");
app.synth();
