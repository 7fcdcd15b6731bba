export * from "./dns-plan";
export * from "./edge-platform";
export * from "./spec";
export * from "./model-record";
