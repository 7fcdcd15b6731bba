/**
 * cdktf-edge: the public API. Import from "cdktf-edge" (snapshot helpers from "cdktf-edge/testing",
 * generated Fastly bindings from "cdktf-edge/gen/fastly/<resource>").
 * @module cdktf-edge
 */
export * from "./errors";
export * from "./origin";
export * from "./aws";
export * from "./fastly";
export * from "./platform";
export * as model from "./model";
