import { Fn } from "cdktf";
import { Construct } from "constructs";
import { ServiceCompute } from "../gen/fastly/service-compute";
import { EdgeConfigError } from "../errors";
import { CreatedStores, createStores, FastlyComputeStores } from "./compute-stores";
import { backendBlock, FastlyOrigin, healthCheckBlock, resolveOrigin } from "./origin";
import { checkHostname, checkName, checkUnique } from "./validation";
import { validateComputeServiceProps } from "../validation/fastly-entry";

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
   * KV, config and secret stores the Wasm code reads, created (or referenced by id) and linked
   * to the service with `resource_link`. They replace edge dictionaries, which Fastly keeps
   * for VCL services. @default - none
   */
  readonly stores?: FastlyComputeStores;
  /** @default true */
  readonly activate?: boolean;
  /** @default - none */
  readonly versionComment?: string;
}

/** A Fastly Compute service (fastly_service_compute) running one Wasm package. */
export class FastlyComputeService extends Construct {
  public readonly resource: ServiceCompute;
  public readonly serviceId: string;
  /** The stores this construct created (linked ones given by id are not here). */
  public readonly stores: CreatedStores;

  constructor(scope: Construct, id: string, props: FastlyComputeServiceProps) {
    super(scope, id);
    validateComputeServiceProps(this.node.path, props);
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
    this.stores = createStores(this, props.stores ?? {});

    this.resource = new ServiceCompute(this, "Resource", {
      name: serviceName,
      activate: props.activate ?? true,
      versionComment: props.versionComment,
      domain: props.domains.map((name) => ({ name })),
      package: {
        filename: props.package.path,
        sourceCodeHash: props.package.sourceCodeHash ?? Fn.filesha512(props.package.path),
      },
      backend: origins.length > 0 ? origins.map(backendBlock) : undefined,
      healthcheck: origins.some((o) => o.healthCheck) ? origins.flatMap((o) => healthCheckBlock(o) ?? []) : undefined,
      resourceLink: this.stores.links.length > 0 ? this.stores.links.map((l) => ({ ...l })) : undefined,
    });
    this.serviceId = this.resource.id;
  }
}
