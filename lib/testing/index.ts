/**
 * cdktf-edge/testing: snapshot summaries, jest matchers and plan summaries for the stacks
 * users build with cdktf-edge. Import from "cdktf-edge/testing".
 * @module cdktf-edge/testing
 */
export * from "./canary";
export * from "./certificates";
export * from "./matchers";
export * from "./plan";
export * from "./stack-json";
export * from "./summarize";
