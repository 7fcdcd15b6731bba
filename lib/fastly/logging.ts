import { checkName } from "./validation";

/**
 * A real-time log endpoint. Every endpoint receives the same JSON line (see
 * STANDARD_LOG_FIELDS), written by the service's `vcl_log` snippet; credentials come from
 * the environment the Fastly provider reads, never from props.
 */
export type FastlyLogEndpoint =
  | {
      readonly kind: "https";
      /** Endpoint name, unique in the service. */
      readonly name: string;
      readonly url: string;
      /** @default "POST" */
      readonly method?: "POST" | "PUT";
    }
  | {
      /** Service-account credentials from FASTLY_BQ_EMAIL / FASTLY_BQ_SECRET_KEY. */
      readonly kind: "bigquery";
      readonly name: string;
      readonly projectId: string;
      readonly dataset: string;
      readonly table: string;
    }
  | {
      /** Credentials from FASTLY_S3_ACCESS_KEY / FASTLY_S3_SECRET_KEY, or an IAM role. */
      readonly kind: "s3";
      readonly name: string;
      readonly bucketName: string;
      /** Key prefix of the log objects. @default "/" */
      readonly path?: string;
      /** Seconds between log files. @default 3600 */
      readonly periodSeconds?: number;
      /** Role Fastly assumes to write to the bucket. @default - keys from the environment */
      readonly iamRoleArn?: string;
    };

/** Provider blocks for the endpoints, grouped by kind; placement `none` because VCL writes the lines. */
export function loggingBlocks(path: string, endpoints: readonly FastlyLogEndpoint[]) {
  for (const e of endpoints) checkName(path, "log endpoint name", e.name);
  return {
    loggingHttps: endpoints.flatMap((e) =>
      e.kind === "https"
        ? [{ name: e.name, url: e.url, method: e.method ?? "POST", contentType: "application/json", messageType: "blank", placement: "none" }]
        : [],
    ),
    loggingBigquery: endpoints.flatMap((e) =>
      e.kind === "bigquery" ? [{ name: e.name, projectId: e.projectId, dataset: e.dataset, table: e.table, placement: "none" }] : [],
    ),
    loggingS3: endpoints.flatMap((e) =>
      e.kind === "s3"
        ? [
            {
              name: e.name,
              bucketName: e.bucketName,
              path: e.path ?? "/",
              period: e.periodSeconds ?? 3600,
              s3IamRole: e.iamRoleArn,
              messageType: "blank",
              gzipLevel: 9,
              serverSideEncryption: "AES256",
              placement: "none",
            },
          ]
        : [],
    ),
  };
}
