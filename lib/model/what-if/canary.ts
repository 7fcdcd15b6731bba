import { EdgeConfigError } from "../../errors";
import { canaryBucket } from "../vcl/canary";

/** A change of the share of users a percentage canary serves. */
export interface CanaryChange {
  /** Percent live now, 0–100. */
  readonly from: number;
  /** Percent after the change, 0–100. */
  readonly to: number;
  /** The canary's seed (a new seed reshuffles users); @default - unchanged */
  readonly seed?: string;
  /** Seed after the change; @default `seed` */
  readonly toSeed?: string;
}

/** Who switches between production and canary. */
export interface CanaryWhatIf {
  readonly from: number;
  readonly to: number;
  /** Share of all users who switch side, 0–1 (exact for an unchanged seed: buckets are nested). */
  readonly usersSwitched: number;
  readonly toCanary: number;
  readonly toProduction: number;
  /** The same shares measured on `sampleUsers` synthetic user ids with the VCL's hash. */
  readonly sampled: { readonly users: number; readonly switched: number; readonly toCanary: number; readonly toProduction: number };
}

/** A ramp's steps, for {@link rampStepChange}. */
export function rampStepChange(steps: readonly number[], fromStep: number, toStep: number, seed?: string, path = "whatIf"): CanaryChange {
  for (const step of [fromStep, toStep]) {
    if (!Number.isInteger(step) || step < 0 || step >= steps.length) {
      throw new EdgeConfigError(path, "ramp step is not an index of steps", step, `an integer from 0 to ${steps.length - 1}`);
    }
  }
  return { from: steps[fromStep], to: steps[toStep], seed };
}

/**
 * Share of users switched by a canary percentage change. With one seed a user is in the canary
 * at p % iff its bucket (sha256 of seed and user id, mod 100) is below p, so moving from p to q
 * switches exactly |q − p| % of users, all in one direction; a new seed reshuffles everyone.
 * The sample (deterministic ids `user-0…`) checks that with the VCL's own hash.
 */
export function whatIfCanary(change: CanaryChange, options: { readonly sampleUsers?: number; readonly path?: string } = {}): CanaryWhatIf {
  const path = options.path ?? "whatIf";
  for (const [name, value] of [["from", change.from], ["to", change.to]] as const) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) {
      throw new EdgeConfigError(path, `canary ${name} percentage is out of range`, value, "a number from 0 to 100");
    }
  }
  const seed = change.seed ?? "canary";
  const toSeed = change.toSeed ?? seed;
  const users = options.sampleUsers ?? 20000;
  let toCanary = 0;
  let toProduction = 0;
  for (let i = 0; i < users; i++) {
    const id = `user-${i}`;
    const wasIn = canaryBucket(seed, id) < change.from;
    const isIn = canaryBucket(toSeed, id) < change.to;
    if (!wasIn && isIn) toCanary++;
    if (wasIn && !isIn) toProduction++;
  }
  const exact = toSeed === seed;
  const up = exact ? Math.max(0, change.to - change.from) / 100 : (change.to / 100) * (1 - change.from / 100);
  const down = exact ? Math.max(0, change.from - change.to) / 100 : (change.from / 100) * (1 - change.to / 100);
  return {
    from: change.from,
    to: change.to,
    usersSwitched: up + down,
    toCanary: up,
    toProduction: down,
    sampled: { users, switched: (toCanary + toProduction) / users, toCanary: toCanary / users, toProduction: toProduction / users },
  };
}
