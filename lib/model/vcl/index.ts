export * from "./names";
export * from "./request-id";
export * from "./segmented-caching";
export * from "./canary";
export * from "./routing";
export * from "./log-line";
export * from "./surrogate-keys";
export * from "./compression";
export { FASTLY_BOILERPLATE_VCL } from "./boilerplate";
