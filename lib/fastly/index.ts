export * from "./cdn-service";
export * from "./canary";
export * from "./origin";
export * from "./logging";
export * from "./segmented-rules";
export * from "./tls-subscription";
export * from "./compute-service";
export { BLOCK_SIZE_RANGE } from "./validation";
