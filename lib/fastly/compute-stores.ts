import { Construct } from "constructs";
import { Configstore } from "../gen/fastly/configstore";
import { ConfigstoreEntries } from "../gen/fastly/configstore-entries";
import { Kvstore } from "../gen/fastly/kvstore";
import { Secretstore } from "../gen/fastly/secretstore";
import { EdgeConfigError } from "../errors";
import { checkName, checkUnique } from "./validation";

/** Fields every store shares: how it is named and how the Wasm code opens it. */
interface FastlyStoreBase {
  /** Name of the store in the Fastly account. */
  readonly name: string;
  /** Name the Wasm code opens the store by (the resource link's name). @default - `name` */
  readonly linkName?: string;
  /** Link an existing store by id instead of creating one. @default - a store is created */
  readonly existingId?: string;
}

/** A KV store: large, writable key/value data (fastly_kvstore). */
export interface FastlyKvStore extends FastlyStoreBase {
  /** Region the store's primary copy lives in. @default - Fastly's default */
  readonly location?: "US" | "EU" | "ASIA" | "AUS";
}

/** A config store: small, read-mostly settings (fastly_configstore). */
export interface FastlyConfigStore extends FastlyStoreBase {
  /**
   * Entries Terraform manages; entries added outside Terraform are removed on apply.
   * @default - entries are managed outside Terraform
   */
  readonly entries?: Readonly<Record<string, string>>;
}

/**
 * A secret store (fastly_secretstore). Only the store is created: secrets never pass through
 * Terraform or the synthesized JSON; add them with `fastly secret-store-entry create`.
 */
export type FastlySecretStore = FastlyStoreBase;

/** The stores a Compute service reads, each linked to it by a `resource_link`. */
export interface FastlyComputeStores {
  /** @default - none */
  readonly kv?: readonly FastlyKvStore[];
  /** @default - none */
  readonly config?: readonly FastlyConfigStore[];
  /** @default - none */
  readonly secret?: readonly FastlySecretStore[];
}

/** A resource_link block of fastly_service_compute. */
export interface StoreLink {
  readonly name: string;
  readonly resourceId: string;
}

/** Resources created for a service's stores, and the links that attach them. */
export interface CreatedStores {
  readonly kv: Kvstore[];
  readonly config: Configstore[];
  readonly configEntries: ConfigstoreEntries[];
  readonly secret: Secretstore[];
  readonly links: StoreLink[];
}

const ENTRY_KEY = /^[A-Za-z0-9_.-]{1,256}$/;

/** Creates the stores that have no `existingId` and returns the links for all of them. */
export function createStores(scope: Construct, stores: FastlyComputeStores): CreatedStores {
  const path = scope.node.path;
  const all = [...(stores.kv ?? []), ...(stores.config ?? []), ...(stores.secret ?? [])];
  for (const s of all) {
    checkName(path, "store name", s.name);
    if (s.linkName !== undefined) checkName(path, "store linkName", s.linkName);
    if (s.existingId !== undefined && !/^[A-Za-z0-9]{1,64}$/.test(s.existingId)) {
      throw new EdgeConfigError(path, "store existingId is not a Fastly id", s.existingId, "the alphanumeric id Fastly shows for the store");
    }
  }
  checkUnique(path, "store link names", all.map((s) => s.linkName ?? s.name));
  const out: CreatedStores = { kv: [], config: [], configEntries: [], secret: [], links: [] };
  const link = (s: FastlyStoreBase, id: string) => out.links.push({ name: s.linkName ?? s.name, resourceId: s.existingId ?? id });

  for (const s of stores.kv ?? []) {
    if (s.existingId) { link(s, s.existingId); continue; }
    const r = new Kvstore(scope, `Kv-${s.name}`, { name: s.name, location: s.location });
    out.kv.push(r);
    link(s, r.id);
  }
  for (const s of stores.config ?? []) {
    const entries = s.entries;
    for (const key of Object.keys(entries ?? {})) {
      if (!ENTRY_KEY.test(key)) throw new EdgeConfigError(path, `config store "${s.name}" has an unusable key`, key, "1-256 letters, digits, '_', '.' or '-'");
    }
    let storeId = s.existingId;
    if (!storeId) {
      const r = new Configstore(scope, `Config-${s.name}`, { name: s.name });
      out.config.push(r);
      storeId = r.id;
    }
    if (entries !== undefined) {
      out.configEntries.push(new ConfigstoreEntries(scope, `ConfigEntries-${s.name}`, { storeId, entries: { ...entries }, manageEntries: true }));
    }
    link(s, storeId);
  }
  for (const s of stores.secret ?? []) {
    if (s.existingId) { link(s, s.existingId); continue; }
    const r = new Secretstore(scope, `Secret-${s.name}`, { name: s.name });
    out.secret.push(r);
    link(s, r.id);
  }
  return out;
}
