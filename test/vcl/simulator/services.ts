/**
 * The Fastly services the simulator phase runs: every Fastly example as it is, and two
 * variants built with the same library: the video service one ramp step further (25 % canary,
 * segmented caching ramped to 25 % of objects) and a cookie canary in front of one origin.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing, TerraformStack } from "cdktf";
import { FastlyCdnService, FastlyCdnServiceProps } from "../../../lib/fastly";
import { ServiceVclJson } from "../../../lib/model/vcl";

type Json = { resource: { fastly_service_vcl: Record<string, ServiceVclJson> } };

function onlyService(stack: TerraformStack): ServiceVclJson {
  const services = Object.values((JSON.parse(Testing.synth(stack)) as Json).resource.fastly_service_vcl);
  if (services.length !== 1) throw new Error(`expected one fastly_service_vcl, got ${services.length}`);
  return services[0];
}

function libraryService(id: string, props: FastlyCdnServiceProps): ServiceVclJson {
  const stack = new TerraformStack(Testing.app(), id);
  new FastlyCdnService(stack, id, props);
  return onlyService(stack);
}

/** The example apps end in app.synth(); send that output to a temporary directory. */
function loadExamples() {
  const previous = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = mkdtempSync(join(tmpdir(), "cdktf-edge-sim-"));
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const video = require("../../../examples/fastly-video-delivery") as typeof import("../../../examples/fastly-video-delivery");
    const api = require("../../../examples/fastly-api-service") as typeof import("../../../examples/fastly-api-service");
    /* eslint-enable @typescript-eslint/no-require-imports */
    return { video, api };
  } finally {
    if (previous === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previous;
  }
}

export interface SimulatedServices {
  /** examples/fastly-video-delivery: 5 % canary (seed packager-v2, X-Viewer-ID), segmented caching on ts|m4s. */
  readonly video: ServiceVclJson;
  /** examples/fastly-api-service: `X-Canary: 1` canary, production behind the hash director api_pool. */
  readonly api: ServiceVclJson;
  /** The video service at ramp step 25 %, segmented caching ramped to 25 % of media objects. */
  readonly video25: ServiceVclJson;
  /** Cookie `edge-beta=1` picks the canary; production is one origin. */
  readonly cookie: ServiceVclJson;
}

export function simulatedServices(): SimulatedServices {
  const { video, api } = loadExamples();
  const shielded = (name: string, target: string) => ({ name, target, shield: "bwi-va-us", healthCheck: { path: "/healthz" } });
  return {
    video: onlyService(new video.VideoDeliveryStack(Testing.app(), "fastly-video-delivery")),
    api: onlyService(new api.ApiServiceStack(Testing.app(), "fastly-api-service")),
    video25: libraryService("video25", {
      serviceName: "video-delivery-25",
      domains: ["media.video.example.com"],
      origins: [shielded("packager", "packager.origin.example.com")],
      canary: {
        origin: shielded("packager_canary", "packager-canary.origin.example.com"),
        selector: { kind: "ramp", steps: [1, 5, 25, 100], currentStep: 2, seed: "packager-v2", userIdHeader: "X-Viewer-ID" },
      },
      segmentedCaching: [{ name: "media-segments", match: { kind: "extensions", extensions: ["ts", "m4s"] }, blockSizeBytes: 2 * 1024 * 1024, rampPercent: 25 }],
    }),
    cookie: libraryService("cookie", {
      serviceName: "web-cookie-canary",
      domains: ["www.example.com"],
      origins: [{ name: "web", target: "web.origin.example.com", healthCheck: { path: "/healthz" } }],
      canary: { origin: { name: "web_canary", target: "web-canary.origin.example.com", healthCheck: { path: "/healthz" } }, selector: { kind: "cookie", name: "edge-beta", value: "1" } },
    }),
  };
}
