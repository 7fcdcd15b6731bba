/** cdktf-edge: the public API. Import from "cdktf-edge"; nothing else is supported. */
export * from "./errors";
export * from "./origin";
export * from "./aws";
export * from "./fastly";
export * from "./platform";
export * as model from "./model";
