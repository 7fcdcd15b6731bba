/** The validation layer: one shared validator per concept, one door check per public entry point. */
export { RULES, RULE_COUNT } from "./rules";
export type { RuleId } from "./rules";
export * from "./aws-entry";
export * from "./platform-entry";
export * from "./fastly-entry";
