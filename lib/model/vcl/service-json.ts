/**
 * The parts of a synthesized `fastly_service_vcl` (Terraform JSON, snake_case keys, as in
 * cdk.tf.json) that decide the VCL Fastly runs. Nested blocks may appear as one object or a
 * list, the way Terraform JSON allows.
 */
export type OneOrMany<T> = T | readonly T[];

export interface ServiceBackendJson {
  readonly name: string;
  readonly address: string;
  readonly port?: number;
  readonly use_ssl?: boolean;
  readonly ssl_check_cert?: boolean;
  readonly ssl_cert_hostname?: string;
  readonly ssl_sni_hostname?: string;
  readonly min_tls_version?: string;
  readonly max_tls_version?: string;
  readonly override_host?: string;
  readonly shield?: string;
  readonly healthcheck?: string;
  readonly request_condition?: string;
  readonly connect_timeout?: number;
  readonly first_byte_timeout?: number;
  readonly between_bytes_timeout?: number;
  readonly max_conn?: number;
  readonly keepalive_time?: number;
  readonly weight?: number;
}

export interface ServiceDirectorJson {
  readonly name: string;
  readonly backends: readonly string[];
  /** 1 random, 3 hash, 4 client. */
  readonly type?: number;
  readonly quorum?: number;
  readonly retries?: number;
  readonly shield?: string;
}

export interface ServiceHealthcheckJson {
  readonly name: string;
  readonly host: string;
  readonly path: string;
  readonly method?: string;
  readonly expected_response?: number;
  readonly check_interval?: number;
  readonly timeout?: number;
  readonly window?: number;
  readonly threshold?: number;
  readonly initial?: number;
  readonly http_version?: string;
  readonly headers?: readonly string[];
}

export interface ServiceConditionJson {
  readonly name: string;
  readonly statement: string;
  readonly type: string;
  readonly priority?: number;
}

export interface ServiceSnippetJson {
  readonly name: string;
  readonly type: string;
  readonly content: string;
  readonly priority?: number;
}

export interface ServiceVclFileJson {
  readonly name: string;
  readonly content: string;
  readonly main?: boolean;
}

export interface ServiceGzipJson {
  readonly name: string;
  readonly extensions?: readonly string[];
  readonly content_types?: readonly string[];
  readonly cache_condition?: string;
}

export interface ServiceRequestSettingJson {
  readonly name: string;
  readonly force_ssl?: boolean;
  readonly request_condition?: string;
}

/** A synthesized fastly_service_vcl; blocks the assembly does not render are listed in its header. */
export interface ServiceVclJson {
  readonly name?: string;
  readonly default_ttl?: number;
  readonly stale_if_error?: boolean;
  readonly stale_if_error_ttl?: number;
  readonly backend?: OneOrMany<ServiceBackendJson>;
  readonly director?: OneOrMany<ServiceDirectorJson>;
  readonly healthcheck?: OneOrMany<ServiceHealthcheckJson>;
  readonly condition?: OneOrMany<ServiceConditionJson>;
  readonly snippet?: OneOrMany<ServiceSnippetJson>;
  readonly dynamicsnippet?: OneOrMany<ServiceSnippetJson>;
  readonly vcl?: OneOrMany<ServiceVclFileJson>;
  readonly gzip?: OneOrMany<ServiceGzipJson>;
  readonly request_setting?: OneOrMany<ServiceRequestSettingJson>;
  readonly product_enablement?: OneOrMany<{ readonly brotli_compression?: boolean }>;
  readonly [other: string]: unknown;
}

/** A nested block as a list, whether Terraform JSON wrote one object, a list or nothing. */
export function blocks<T>(value: OneOrMany<T> | undefined): readonly T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}
