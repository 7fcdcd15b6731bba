/**
 * The hand-written yardstick of the synth benchmark: the same resources the platform
 * synthesized, each made directly as its L1 class (`new Lb(stack, id, { … })`) with the same
 * arguments, references between them written as a hand-written stack writes them (`lb.arn`,
 * i.e. the attribute token of the referenced resource; a `for_each` over a resource's complex
 * list as a TerraformIterator with `each.value.x` as `iterator.getString("x")`; a for-expression
 * over another resource's instances as `Token.asList` of it). The recipe is read from the platform's
 * synthesized JSON before timing starts; {@link sameResources} checks that the baseline
 * synthesizes the very same resource blocks.
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { ComplexList, TerraformIterator, TerraformOutput, TerraformResource, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type L1Class = new (scope: Construct, id: string, config: never) => TerraformResource;

/** A reference `${type.name.attr}` inside a string argument. */
interface Ref {
  readonly key: string;
  readonly attr: string;
}
/** A string argument split into literal text and references, or any other JSON value. */
type Value =
  | { readonly parts: readonly (string | Ref)[] }
  | { readonly each: string }
  | { readonly fqdnsOf: string }
  | { readonly array: readonly Value[] }
  | { readonly object: readonly [string, Value][] }
  | { readonly literal: Json };

/**
 * `for_each` over a complex attribute of another resource, keyed by one of its fields: as
 * `tolist(...)` (TerraformIterator.fromComplexList) or as a `{ for x in set : x.field => x }` map,
 * which plans before the set is known.
 */
interface ForEach {
  readonly key: string;
  readonly attr: string;
  readonly keyField: string;
  readonly form: "list" | "map";
}

interface Recipe {
  readonly key: string;
  readonly cls: L1Class;
  readonly config: Value;
  readonly forEach?: ForEach;
  /** The resource's own `//` comment (checkov skips), without cdktf's metadata: written as an override. */
  readonly comment?: Json;
}

/** A stack output: its construct id (the synthesized name) and value. */
interface OutputRecipe {
  readonly id: string;
  readonly value: Value;
  readonly description?: string;
}

export interface Baseline {
  readonly recipes: readonly Recipe[];
  readonly outputs: readonly OutputRecipe[];
  readonly provider: Record<string, unknown>;
}

const simpleRef = /\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}/g;
const eachValue = /^\$\{each\.value\.([a-z0-9_]+)\}$/;
const forEachOverSet = /^\$\{\{ for ([a-z_]+) in ([a-z0-9_]+\.[A-Za-z0-9_-]+)\.([a-z0-9_]+) : \1\.([a-z0-9_]+) => \1 \}\}$/;
const forEachOverList = /^\$\{\{ for key, val in tolist\(([a-z0-9_]+\.[A-Za-z0-9_-]+)\.([a-z0-9_]+)\): val\.([a-z0-9_]+) => val \}\}$/;
const fqdnsOfInstances = /^\$\{\[for record in ([a-z0-9_]+\.[A-Za-z0-9_-]+) : record\.fqdn\]\}$/;

function camel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function l1Class(type: string): L1Class {
  const [provider, ...rest] = type.split("_");
  if (provider !== "aws") throw new Error(`baseline: no L1 class for ${type}`);
  const className = rest.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return (require(`@cdktf/provider-aws/lib/${rest.join("-")}`) as Record<string, L1Class>)[className];
}

function parse(value: Json, resources: ReadonlySet<string>, deps: Set<string>, mapKeys: boolean): Value {
  if (typeof value === "string") {
    const each = eachValue.exec(value);
    if (each) return { each: each[1] };
    const fqdns = fqdnsOfInstances.exec(value);
    if (fqdns && resources.has(fqdns[1])) {
      deps.add(fqdns[1]);
      return { fqdnsOf: fqdns[1] };
    }
    const parts: (string | Ref)[] = [];
    let last = 0;
    for (const m of value.matchAll(simpleRef)) {
      const key = `${m[1]}.${m[2]}`;
      if (!resources.has(key)) continue;
      parts.push(value.slice(last, m.index));
      parts.push({ key, attr: m[3] });
      deps.add(key);
      last = (m.index ?? 0) + m[0].length;
    }
    if (parts.length === 0) return { literal: value };
    parts.push(value.slice(last));
    return { parts: parts.filter((p) => p !== "") };
  }
  if (Array.isArray(value)) return { array: value.map((v) => parse(v, resources, deps, false)) };
  if (value !== null && typeof value === "object") {
    return {
      object: Object.entries(value)
        .filter(([k]) => k !== "//")
        .map(([k, v]) => [mapKeys ? k : camel(k), parse(v, resources, deps, k === "tags" || k === "tags_all")]),
    };
  }
  return { literal: value };
}

/**
 * Reads the recipe (classes, arguments, references in creation order, `//` comments) from a
 * stack's JSON with its comments: `JSON.stringify(stack.toTerraform())` (Testing.synth drops them).
 */
export function baselineFrom(synthesized: string): Baseline {
  const doc = JSON.parse(synthesized) as {
    resource: Record<string, Record<string, Record<string, Json>>>;
    provider: { aws: Record<string, unknown>[] };
    output?: Record<string, { value: Json; description?: string }>;
  };
  const keys = new Set(Object.entries(doc.resource).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`)));
  const parsed = new Map<string, { recipe: Recipe; deps: Set<string> }>();
  for (const [type, byName] of Object.entries(doc.resource)) {
    const cls = l1Class(type);
    for (const [name, body] of Object.entries(byName)) {
      const deps = new Set<string>();
      const { for_each: forEachExpression, "//": comments, ...rest } = body;
      const config = parse(rest, keys, deps, false);
      const { metadata: _metadata, ...own } = (comments ?? {}) as Record<string, Json>;
      const comment = Object.keys(own).length > 0 ? own : undefined;
      let forEach: ForEach | undefined;
      if (forEachExpression !== undefined) {
        const list = forEachOverList.exec(String(forEachExpression));
        const map = forEachOverSet.exec(String(forEachExpression));
        if (list) forEach = { key: list[1], attr: list[2], keyField: list[3], form: "list" };
        else if (map) forEach = { key: map[2], attr: map[3], keyField: map[4], form: "map" };
        else throw new Error(`baseline: unsupported for_each ${String(forEachExpression)}`);
        deps.add(forEach.key);
      }
      parsed.set(`${type}.${name}`, { recipe: { key: `${type}.${name}`, cls, config, forEach, comment }, deps });
    }
  }
  const ordered: Recipe[] = [];
  const placed = new Set<string>();
  const place = (key: string): void => {
    if (placed.has(key)) return;
    placed.add(key);
    const entry = parsed.get(key);
    if (!entry) return;
    for (const dep of entry.deps) place(dep);
    ordered.push(entry.recipe);
  };
  for (const key of parsed.keys()) place(key);
  // Output values keep their keys as written (maps of POP names), hence `mapKeys`.
  const outputs = Object.entries(doc.output ?? {}).map(([id, o]) => ({ id, value: parse(o.value, keys, new Set(), true), description: o.description }));
  return { recipes: ordered, outputs, provider: camelKeys(doc.provider.aws[0]) as Record<string, unknown> };
}

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === "tags" ? k : camel(k), k === "tags" ? v : camelKeys(v)]));
  }
  return value;
}

function build(value: Value, created: ReadonlyMap<string, TerraformResource>, iterator: TerraformIterator | undefined): unknown {
  if ("parts" in value) {
    const texts = value.parts.map((p) => (typeof p === "string" ? p : (created.get(p.key) as TerraformResource).getStringAttribute(p.attr)));
    return texts.length === 1 ? texts[0] : texts.join("");
  }
  if ("each" in value) return (iterator as TerraformIterator).getString(value.each);
  if ("fqdnsOf" in value) return Token.asList(`\${[for record in ${(created.get(value.fqdnsOf) as TerraformResource).fqn} : record.fqdn]}`);
  if ("array" in value) return value.array.map((v) => build(v, created, iterator));
  if ("object" in value) return Object.fromEntries(value.object.map(([k, v]) => [k, build(v, created, iterator)]));
  return value.literal;
}

/** The hand-written stack: the provider and every resource of the recipe, as L1 classes. */
export function buildBaseline(scope: Construct, id: string, baseline: Baseline): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new AwsProvider(stack, "aws", baseline.provider as never);
  const created = new Map<string, TerraformResource>();
  for (const recipe of baseline.recipes) {
    let iterator: TerraformIterator | undefined;
    if (recipe.forEach) {
      const { key, attr, keyField, form } = recipe.forEach;
      const source = created.get(key) as TerraformResource;
      iterator =
        form === "list"
          ? TerraformIterator.fromComplexList((source as unknown as Record<string, ComplexList>)[camel(attr)], keyField)
          : TerraformIterator.fromMap(Token.asAnyMap(`\${{ for option in ${source.fqn}.${attr} : option.${keyField} => option }}`));
    }
    const config = build(recipe.config, created, iterator) as Record<string, unknown>;
    const resource = new recipe.cls(stack, recipe.key.slice(recipe.key.indexOf(".") + 1), (iterator ? { ...config, forEach: iterator } : config) as never);
    if (recipe.comment !== undefined) resource.addOverride("//", recipe.comment);
    created.set(recipe.key, resource);
  }
  for (const output of baseline.outputs) {
    new TerraformOutput(stack, output.id, { value: build(output.value, created, undefined), description: output.description });
  }
  return stack;
}

/** Resources whose own `//` comments (cdktf's metadata aside) differ between two stacks' JSON with comments. */
export function differingComments(a: string, b: string): string[] {
  const comments = (doc: string) => {
    const parsed = JSON.parse(doc) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const out = new Map<string, string>();
    for (const [type, byName] of Object.entries(parsed.resource)) {
      for (const [name, body] of Object.entries(byName)) {
        const { metadata: _metadata, ...own } = (body["//"] ?? {}) as Record<string, unknown>;
        out.set(`${type}.${name}`, JSON.stringify(own));
      }
    }
    return out;
  };
  const [x, y] = [comments(a), comments(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k));
}

/** Resource and output blocks (without cdktf's "//" metadata) that differ between two synthesized stacks. */
export function differingResources(a: string, b: string): string[] {
  const strip = (doc: string) => {
    const parsed = JSON.parse(doc) as { resource: Record<string, Record<string, Record<string, unknown>>>; output?: Record<string, Record<string, unknown>> };
    const resources = { ...parsed.resource, output: parsed.output ?? {} };
    const out = new Map<string, string>();
    for (const [type, byName] of Object.entries(resources)) {
      for (const [name, body] of Object.entries(byName)) {
        const { "//": _metadata, ...rest } = body;
        out.set(`${type}.${name}`, JSON.stringify(rest, Object.keys(flatKeys(rest)).sort()));
      }
    }
    return out;
  };
  const [x, y] = [strip(a), strip(b)];
  const keys = new Set([...x.keys(), ...y.keys()]);
  return [...keys].filter((k) => x.get(k) !== y.get(k));
}

function flatKeys(value: unknown, into: Record<string, true> = {}): Record<string, true> {
  if (Array.isArray(value)) value.forEach((v) => flatKeys(v, into));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into[k] = true;
      flatKeys(v, into);
    }
  }
  return into;
}
