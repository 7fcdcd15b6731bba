import { CanaryDecision } from "../model/vcl";
import { EdgeConfigError } from "../errors";
import { FastlyOrigin } from "./origin";
import { checkHeaderName, checkName, checkPercent } from "./validation";

/** How the edge node picks the requests that go to the canary. */
export type CanarySelector =
  /** Requests carrying this header go to the canary (any value, or exactly `value`). */
  | { readonly kind: "header"; readonly name: string; readonly value?: string }
  /** Requests carrying this cookie go to the canary (any value, or exactly `value`). */
  | { readonly kind: "cookie"; readonly name: string; readonly value?: string }
  /** A stable share of users, by a seeded hash of the user id header (or the client IP). */
  | {
      readonly kind: "percentage";
      readonly percent: number;
      /** Changing the seed reshuffles which users are in the canary. @default - the service name */
      readonly seed?: string;
      /** @default "X-User-ID" */
      readonly userIdHeader?: string;
    }
  /** A rollout: `steps` in percent (e.g. [1, 5, 25, 100]); `currentStep` indexes the live one. */
  | {
      readonly kind: "ramp";
      readonly steps: readonly number[];
      readonly currentStep: number;
      /** @default - the service name */
      readonly seed?: string;
      /** @default "X-User-ID" */
      readonly userIdHeader?: string;
    };

/** A canary origin next to production. It must have a health check, for the fallback. */
export interface FastlyCanary {
  readonly origin: FastlyOrigin;
  readonly selector: CanarySelector;
}

/** The routing decision a selector stands for, validated; ramps resolve to their current step. */
export function resolveCanaryDecision(path: string, selector: CanarySelector, serviceName: string): CanaryDecision {
  switch (selector.kind) {
    case "header":
    case "cookie":
      checkHeaderName(path, `canary ${selector.kind} name`, selector.name);
      return selector;
    case "percentage":
    case "ramp": {
      const seed = selector.seed ?? serviceName;
      checkName(path, "canary seed", seed);
      const userIdHeader = selector.userIdHeader ?? "X-User-ID";
      checkHeaderName(path, "canary userIdHeader", userIdHeader);
      return { kind: "percentage", percent: currentPercent(path, selector), seed, userIdHeader };
    }
  }
}

function currentPercent(path: string, selector: CanarySelector & { kind: "percentage" | "ramp" }): number {
  if (selector.kind === "percentage") {
    checkPercent(path, "canary percent", selector.percent);
    return selector.percent;
  }
  if (selector.steps.length === 0) {
    throw new EdgeConfigError(path, "canary ramp has no steps", selector.steps, "rising percentages such as [1, 5, 25, 100]");
  }
  selector.steps.forEach((step, i) => {
    checkPercent(path, "canary ramp step", step);
    if (i > 0 && step <= selector.steps[i - 1]) {
      throw new EdgeConfigError(path, "canary ramp steps do not rise", selector.steps, "strictly rising percentages such as [1, 5, 25, 100]");
    }
  });
  if (!Number.isInteger(selector.currentStep) || selector.currentStep < 0 || selector.currentStep >= selector.steps.length) {
    throw new EdgeConfigError(path, "canary currentStep is not an index of steps", selector.currentStep, `an integer from 0 to ${selector.steps.length - 1}`);
  }
  return selector.steps[selector.currentStep];
}
