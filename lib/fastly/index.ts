export * from "./cdn-service";
export * from "./canary";
export * from "./origin";
export * from "./logging";
export * from "./segmented-rules";
export * from "./tls-subscription";
export * from "./compute-service";
export { BLOCK_SIZE_RANGE } from "./validation";
// Assemble the VCL Fastly runs for a synthesized fastly_service_vcl (to lint, test or simulate it with falco).
export { assembleServiceVcl, defaultBackends } from "../model/vcl";
export type { ServiceVclJson } from "../model/vcl";
