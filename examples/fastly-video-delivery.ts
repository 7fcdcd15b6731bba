/**
 * Video delivery on Fastly: segmented caching for HLS/DASH segments (ts, m4s) only, a shield
 * POP in front of the origin, and a new packager rolled out as a percentage canary
 * (ramp 1 → 5 → 25 → 100 %, currently at 5 %), logged as JSON to HTTPS, BigQuery and S3,
 * with a Let's Encrypt certificate for the domain.
 */
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { FastlyCdnService } from "../lib/fastly";
import { FastlyProvider } from "../lib/gen/fastly/provider";

export class VideoDeliveryStack extends TerraformStack {
  public readonly service: FastlyCdnService;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new FastlyProvider(this, "fastly", {});

    this.service = new FastlyCdnService(this, "video", {
      serviceName: "video-delivery",
      domains: ["media.video.example.com"],
      origins: [
        {
          name: "packager",
          target: "packager.origin.example.com",
          shield: "bwi-va-us",
          healthCheck: { path: "/healthz" },
          firstByteTimeoutMs: 20000,
        },
      ],
      canary: {
        origin: {
          name: "packager_canary",
          target: "packager-canary.origin.example.com",
          shield: "bwi-va-us",
          healthCheck: { path: "/healthz" },
        },
        selector: { kind: "ramp", steps: [1, 5, 25, 100], currentStep: 1, seed: "packager-v2", userIdHeader: "X-Viewer-ID" },
      },
      segmentedCaching: [{ name: "media-segments", match: { kind: "extensions", extensions: ["ts", "m4s"] }, blockSizeBytes: 2 * 1024 * 1024 }],
      cache: { defaultTtlSeconds: 86400 },
      surrogateKeys: { fromOriginHeader: "Cache-Tag", serviceKey: "video" },
      logging: [
        { kind: "https", name: "log-collector", url: "https://logs.example.com/fastly" },
        { kind: "bigquery", name: "bq", projectId: "video-analytics", dataset: "cdn", table: "requests" },
        { kind: "s3", name: "archive", bucketName: "video-cdn-logs", path: "/fastly/" },
      ],
      // Certificate for the domain; pass `route53Zone` to also write the ACME challenge records.
      tls: { certificateAuthority: "lets-encrypt" },
      versionComment: "packager-v2 canary at 5%",
    });
  }
}

const app = new App();
new VideoDeliveryStack(app, "fastly-video-delivery");
app.synth();
