/** What-if before deploy: the effect of a POP, L7 backend or canary change, computed from the model. */
export * from "./backends";
export * from "./canary";
export * from "./dns";
