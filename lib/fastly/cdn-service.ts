import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { ServiceVcl, ServiceVclSnippet } from "../gen/fastly/service-vcl";
import { EdgeConfigError } from "../errors";
import {
  BACKEND_CHOSEN_IN_VCL,
  canaryFetch,
  canaryInit,
  canaryRecv,
  CanaryDecision,
  esiFetch,
  http3AltSvcRecv,
  logStatements,
  productionRecv,
  requestIdRecv,
  SegmentedCachingRule,
  segmentedCachingRecv,
  surrogateKeysFetch,
  vclBackendName,
  vclDirectorName,
} from "../model/vcl";
import { FastlyCanary, resolveCanaryDecision } from "./canary";
import { FastlyLogEndpoint, loggingBlocks } from "./logging";
import { backendBlock, FastlyOrigin, healthCheckBlock, resolveOrigin, ResolvedOrigin } from "./origin";
import { checkSegmentedRules, FastlySegmentedCachingRule } from "./segmented-rules";
import { FastlyServiceTls, FastlyTlsSubscription } from "./tls-subscription";
import { checkHostname, checkName, checkPercent, checkPositiveInteger, checkHeaderName, checkPathPrefixes, checkShieldPop, checkSurrogateKey, checkUnique, checkVclName } from "./validation";
import { validateCdnServiceProps } from "../validation/fastly-entry";

/** Load balancing across several production origins. */
export interface FastlyDirector {
  /** Letters, digits and '_' (it becomes a VCL identifier). @default "origin_pool" */
  readonly name?: string;
  /** `random` spreads requests, `hash` keeps a cache key on one origin, `client` keeps a client on one. */
  readonly type: "random" | "hash" | "client";
  /** Share of healthy origins (percent) below which the director stops serving. @default 75 */
  readonly quorumPercent?: number;
  /** Other origins tried when one fails (random directors only). @default 5 */
  readonly retries?: number;
  /** Fastly POP that shields the director. @default - no shielding */
  readonly shield?: string;
  /** Names of the origins in the director. @default - every production origin */
  readonly origins?: readonly string[];
}

/** Object lifetimes and serving stale content. */
export interface FastlyCacheSettings {
  /** TTL when the origin sends none. @default 3600 */
  readonly defaultTtlSeconds?: number;
  /** Serve a stale object when the origin fails. @default true */
  readonly staleIfError?: boolean;
  /** How long an object stays servable for stale-if-error. @default 43200 */
  readonly staleIfErrorTtlSeconds?: number;
}

/** Compression of objects the origin sent uncompressed. */
export interface FastlyCompression {
  /** Extensions (without the dot) to compress. @default ["css", "js", "html", "json", "svg"] */
  readonly extensions?: readonly string[];
  /** Content types to compress. @default ["text/html", "text/css", "application/javascript", "application/json", "image/svg+xml"] */
  readonly contentTypes?: readonly string[];
  /**
   * Also compress with Brotli for clients that accept it: enables Fastly's Brotli Compression
   * product (`product_enablement.brotli_compression`), which makes the same `gzip` settings
   * serve Brotli where the client sends `Accept-Encoding: br`. @default false
   */
  readonly brotli?: boolean;
}

/** Fastly products enabled on the service (`product_enablement`), each an opt-in. */
export interface FastlyProducts {
  /** Origin Inspector: per-origin traffic and error metrics. @default false */
  readonly originInspector?: boolean;
  /** Domain Inspector: per-domain traffic and error metrics. @default false */
  readonly domainInspector?: boolean;
  /** WebSockets passthrough. @default false */
  readonly websockets?: boolean;
}

/** Surrogate keys on cached objects, for purge by key. */
export interface FastlySurrogateKeys {
  /** Origin header holding space-separated keys, moved into Surrogate-Key. @default - none */
  readonly fromOriginHeader?: string;
  /** Key added to every object of the service. @default - none */
  readonly serviceKey?: string;
}

export interface FastlyCdnServiceProps {
  /** Name of the Fastly service. @default - the construct id */
  readonly serviceName?: string;
  /** Hostnames the service answers for. */
  readonly domains: readonly string[];
  /** Production origins. Several origins need a `director`. */
  readonly origins: readonly FastlyOrigin[];
  /** Load balancing across the production origins. @default - the single origin serves everything */
  readonly director?: FastlyDirector;
  /** A canary origin next to production. @default - no canary */
  readonly canary?: FastlyCanary;
  /** Requests that use segmented caching; the first matching rule wins. @default - none */
  readonly segmentedCaching?: readonly FastlySegmentedCachingRule[];
  /** @default - defaults of FastlyCacheSettings */
  readonly cache?: FastlyCacheSettings;
  /** @default - no compression */
  readonly compression?: FastlyCompression;
  /** Path prefixes whose objects are processed for Edge Side Includes. @default - none */
  readonly esiPathPrefixes?: readonly string[];
  /** @default - objects keep the Surrogate-Key the origin sent; canary objects get `edge-canary` */
  readonly surrogateKeys?: FastlySurrogateKeys;
  /** Real-time log endpoints; all receive the JSON log line. @default - none */
  readonly logging?: readonly FastlyLogEndpoint[];
  /** TLS certificates for the domains. @default - no subscription is created */
  readonly tls?: FastlyServiceTls;
  /**
   * Offer HTTP/3 (QUIC): enables it on the service (`http3`) and advertises it with Fastly's
   * `h3.alt_svc()` in vcl_recv, so clients on HTTP/1.1 or HTTP/2 learn the Alt-Svc and switch.
   * QUIC always runs TLS 1.3. @default false
   */
  readonly http3?: boolean;
  /** Fastly products to enable (Brotli is enabled through `compression.brotli`). @default - none */
  readonly products?: FastlyProducts;
  /** Activate the new version on apply. @default true */
  readonly activate?: boolean;
  /** Comment stored on each new service version. @default - none */
  readonly versionComment?: string;
}

/**
 * A Fastly VCL service (fastly_service_vcl): TLS-verified origins with health checks and
 * shielding, an optional director, segmented caching for the requests rules select, a canary
 * decided once at the edge node, JSON logging, and TLS certificates for its domains.
 */
export class FastlyCdnService extends Construct {
  /** The fastly_service_vcl resource. */
  public readonly resource: ServiceVcl;
  /** The TLS subscription, when `tls` was given. */
  public readonly tlsSubscription?: FastlyTlsSubscription;
  /** Fastly service id. */
  public readonly serviceId: string;
  /** Canary share in percent currently rendered (undefined without a percentage canary). */
  public readonly canaryPercent?: number;

  constructor(scope: Construct, id: string, props: FastlyCdnServiceProps) {
    super(scope, id);
    validateCdnServiceProps(this.node.path, props);
    const path = this.node.path;
    const serviceName = props.serviceName ?? id;
    checkName(path, "serviceName", serviceName);
    if (props.domains.length === 0) {
      throw new EdgeConfigError(path, "no domains", props.domains, "at least one hostname");
    }
    props.domains.forEach((d) => checkHostname(path, "domain", d));
    checkUnique(path, "domains", props.domains);

    const production = props.origins.map((o) => resolveOrigin(path, o));
    if (production.length === 0) {
      throw new EdgeConfigError(path, "no origins", props.origins, "at least one origin");
    }
    const canaryOrigin = props.canary && resolveOrigin(path, props.canary.origin);
    const all = canaryOrigin ? [...production, canaryOrigin] : production;
    checkUnique(path, "backends", all.map((o) => o.name));

    const director = props.director && this.directorBlock(production, props.director);
    if (!director && production.length > 1) {
      throw new EdgeConfigError(path, "several origins without a director", production.map((o) => o.name), "a `director` (random, hash or client), or a single origin");
    }
    const productionVcl = director ? vclDirectorName(director.name) : vclBackendName(production[0].name);

    let decision: CanaryDecision | undefined;
    if (props.canary && canaryOrigin) {
      if (!canaryOrigin.healthCheck) {
        throw new EdgeConfigError(path, "the canary origin has no health check, so traffic could not fall back to production", canaryOrigin.name, "canary.origin.healthCheck, e.g. { path: \"/healthz\" }");
      }
      decision = resolveCanaryDecision(path, props.canary.selector, serviceName);
      if (decision.kind === "percentage") this.canaryPercent = decision.percent;
    }

    const keys = props.surrogateKeys ?? {};
    if (keys.fromOriginHeader !== undefined) checkHeaderName(path, "surrogateKeys.fromOriginHeader", keys.fromOriginHeader);
    if (keys.serviceKey !== undefined) checkSurrogateKey(path, keys.serviceKey);
    if (props.esiPathPrefixes !== undefined) checkPathPrefixes(path, "esiPathPrefixes", props.esiPathPrefixes);
    const rules = checkSegmentedRules(this, props.segmentedCaching ?? [], props.compression, props.esiPathPrefixes ?? []);
    const logs = loggingBlocks(path, props.logging ?? []);
    checkUnique(path, "log endpoints", (props.logging ?? []).map((e) => e.name));
    const cache = props.cache ?? {};

    this.resource = new ServiceVcl(this, "Resource", {
      name: serviceName,
      activate: props.activate ?? true,
      versionComment: props.versionComment,
      domain: props.domains.map((name) => ({ name })),
      // Every backend carries a never-true request condition, so Fastly's default conditions
      // set no backend and the routing snippet's choice stands (docs/fastly-routing.md).
      backend: all.map((o) => ({ ...backendBlock(o), requestCondition: BACKEND_CHOSEN_IN_VCL.name })),
      condition: [{ ...BACKEND_CHOSEN_IN_VCL }],
      healthcheck: all.flatMap((o) => healthCheckBlock(o) ?? []),
      director: director ? [director] : undefined,
      defaultTtl: cache.defaultTtlSeconds ?? 3600,
      staleIfError: cache.staleIfError ?? true,
      staleIfErrorTtl: cache.staleIfErrorTtlSeconds ?? 43200,
      gzip: props.compression ? [gzipBlock(props.compression)] : undefined,
      http3: props.http3 ?? false,
      productEnablement: productEnablement(props),
      snippet: this.snippets({ rules, decision, canaryOrigin, productionVcl, props }),
      ...logs,
    });
    this.serviceId = this.resource.id;

    if (props.tls) {
      this.tlsSubscription = new FastlyTlsSubscription(this, "Tls", { domains: props.domains, service: this.resource, ...props.tls });
    }
  }

  private directorBlock(production: readonly ResolvedOrigin[], d: FastlyDirector) {
    const path = this.node.path;
    const name = d.name ?? "origin_pool";
    checkVclName(path, "director name", name);
    if (d.quorumPercent !== undefined) checkPercent(path, "director quorumPercent", d.quorumPercent);
    if (d.retries !== undefined) checkPositiveInteger(path, "director retries", d.retries, 100);
    if (d.shield !== undefined) checkShieldPop(path, d.shield);
    const members = d.origins ?? production.map((o) => o.name);
    for (const m of members) {
      if (!production.some((o) => o.name === m)) {
        throw new EdgeConfigError(path, "director names an origin that is not a production origin", m, `one of ${production.map((o) => o.name).join(", ")}`);
      }
    }
    for (const o of production.filter((p) => members.includes(p.name) && p.shield !== undefined)) {
      Annotations.of(this).addWarning(`origin "${o.name}" has shield ${o.shield} but is reached through director "${name}", where Fastly applies the director's shield; set director.shield instead.`);
    }
    return {
      name,
      type: { random: 1, hash: 3, client: 4 }[d.type],
      quorum: d.quorumPercent ?? 75,
      retries: d.retries ?? 5,
      shield: d.shield,
      backends: [...members],
    };
  }

  private snippets(args: {
    rules: readonly SegmentedCachingRule[];
    decision?: CanaryDecision;
    canaryOrigin?: ResolvedOrigin;
    productionVcl: string;
    props: FastlyCdnServiceProps;
  }): ServiceVclSnippet[] {
    const { rules, decision, canaryOrigin, productionVcl, props } = args;
    const out: ServiceVclSnippet[] = [{ name: "edge-request-id", type: "recv", priority: 10, content: requestIdRecv() }];
    if (props.http3) out.push({ name: "edge-http3", type: "recv", priority: 5, content: http3AltSvcRecv() });
    if (rules.length > 0) out.push({ name: "edge-segmented-caching", type: "recv", priority: 20, content: segmentedCachingRecv(rules) });
    if (decision && canaryOrigin) {
      const spec = { decision, canaryBackend: vclBackendName(canaryOrigin.name), productionBackend: productionVcl };
      out.push({ name: "edge-canary-functions", type: "init", priority: 10, content: canaryInit() });
      out.push({ name: "edge-routing", type: "recv", priority: 30, content: canaryRecv(spec) });
      out.push({ name: "edge-canary-vary", type: "fetch", priority: 10, content: canaryFetch() });
    } else {
      out.push({ name: "edge-routing", type: "recv", priority: 30, content: productionRecv(productionVcl) });
    }
    const keys = props.surrogateKeys ?? {};
    if (keys.fromOriginHeader !== undefined || keys.serviceKey !== undefined || decision) {
      out.push({ name: "edge-surrogate-keys", type: "fetch", priority: 20, content: surrogateKeysFetch({ ...keys, tagCanaryObjects: decision !== undefined }) });
    }
    if ((props.esiPathPrefixes ?? []).length > 0) {
      out.push({ name: "edge-esi", type: "fetch", priority: 40, content: esiFetch(props.esiPathPrefixes ?? []) });
    }
    if ((props.logging ?? []).length > 0) {
      out.push({ name: "edge-log", type: "log", priority: 10, content: logStatements((props.logging ?? []).map((e) => e.name)) });
    }
    return out;
  }
}

const DEFAULT_EXTENSIONS = ["css", "js", "html", "json", "svg"];
const DEFAULT_CONTENT_TYPES = ["text/html", "text/css", "application/javascript", "application/json", "image/svg+xml"];

/** Extensions and content types a compression setting covers, defaults applied. */
export function compressionTargets(c: FastlyCompression): { extensions: string[]; contentTypes: string[] } {
  return { extensions: [...(c.extensions ?? DEFAULT_EXTENSIONS)], contentTypes: [...(c.contentTypes ?? DEFAULT_CONTENT_TYPES)] };
}

/** The product_enablement block, or undefined when no product is asked for. */
function productEnablement(props: FastlyCdnServiceProps) {
  const p = props.products ?? {};
  const block = {
    brotliCompression: props.compression?.brotli === true ? true : undefined,
    originInspector: p.originInspector === true ? true : undefined,
    domainInspector: p.domainInspector === true ? true : undefined,
    websockets: p.websockets === true ? true : undefined,
  };
  return Object.values(block).some((v) => v) ? block : undefined;
}

function gzipBlock(c: FastlyCompression) {
  const t = compressionTargets(c);
  return { name: "gzip", extensions: t.extensions, contentTypes: t.contentTypes };
}
