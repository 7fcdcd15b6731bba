import { Fn } from "cdktf";
import { Construct } from "constructs";
import { ServiceCompute } from "../gen/fastly/service-compute";
import { EdgeConfigError } from "../errors";
import { backendBlock, FastlyOrigin, resolveOrigin } from "./origin";
import { checkHostname, checkName, checkUnique } from "./validation";

/** The Wasm package Fastly runs. */
export interface FastlyComputePackage {
  /** Path to the package built by `fastly compute build` (a .tar.gz). */
  readonly path: string;
  /** SHA-512 of the package; a change triggers a new version. @default - filesha512(path) at plan time */
  readonly sourceCodeHash?: string;
}

export interface FastlyComputeServiceProps {
  /** @default - the construct id */
  readonly serviceName?: string;
  readonly domains: readonly string[];
  readonly package: FastlyComputePackage;
  /** Backends the Wasm code may send requests to, by name. @default - none */
  readonly origins?: readonly FastlyOrigin[];
  /**
   * Edge dictionaries (the read-only key/value store provider 1.1.4 offers) linked to the
   * service. KV, config and secret stores need `resource_link`, which 1.1.4 lacks: see
   * docs/fastly-gaps.md. @default - none
   */
  readonly dictionaries?: readonly string[];
  /** @default true */
  readonly activate?: boolean;
  /** @default - none */
  readonly versionComment?: string;
}

/** A Fastly Compute service (fastly_service_compute) running one Wasm package. */
export class FastlyComputeService extends Construct {
  public readonly resource: ServiceCompute;
  public readonly serviceId: string;

  constructor(scope: Construct, id: string, props: FastlyComputeServiceProps) {
    super(scope, id);
    const path = this.node.path;
    const serviceName = props.serviceName ?? id;
    checkName(path, "serviceName", serviceName);
    if (props.domains.length === 0) throw new EdgeConfigError(path, "no domains", props.domains, "at least one hostname");
    props.domains.forEach((d) => checkHostname(path, "domain", d));
    if (!/\.tar\.gz$/.test(props.package.path)) {
      throw new EdgeConfigError(path, "package is not a Compute package archive", props.package.path, "the .tar.gz that `fastly compute build` writes to pkg/");
    }
    const origins = (props.origins ?? []).map((o) => resolveOrigin(path, o));
    checkUnique(path, "backends", origins.map((o) => o.name));
    (props.dictionaries ?? []).forEach((d) => checkName(path, "dictionary name", d));
    checkUnique(path, "dictionaries", props.dictionaries ?? []);

    this.resource = new ServiceCompute(this, "Resource", {
      name: serviceName,
      activate: props.activate ?? true,
      versionComment: props.versionComment,
      domain: props.domains.map((name) => ({ name })),
      package: {
        filename: props.package.path,
        sourceCodeHash: props.package.sourceCodeHash ?? Fn.filesha512(props.package.path),
      },
      // Compute services have no health-check blocks in provider 1.1.4.
      backend: origins.length > 0 ? origins.map((o) => backendBlock({ ...o, healthCheck: undefined })) : undefined,
      dictionary: props.dictionaries?.map((name) => ({ name })),
    });
    this.serviceId = this.resource.id;
  }
}
