// The custom resources of the operators the manifests rely on: CloudNativePG (postgresql.cnpg.io),
// its Barman Cloud plugin (barmancloud.cnpg.io) and the Keycloak Operator (k8s.keycloak.org). Their
// CRD schemas are not available offline, so these are structural checks, written from the operators'
// documentation: the apiVersion/kind pairs they serve, the required fields, the fields allowed at the
// top of spec (a misspelt or misplaced field fails), a few formats, and the cross-references between
// them and the rest of the manifests (clusters, object stores, Secrets, Services, the realm import).
import fs from "node:fs";

const str = (v) => typeof v === "string" && v.length > 0;
const get = (obj, dotted) => dotted.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);

/** apiVersion + kind → required dotted paths, allowed spec keys, extra checks of the document alone. */
export const OPERATOR_KINDS = {
  "postgresql.cnpg.io/v1 Cluster": {
    required: ["spec.instances", "spec.storage.size"],
    spec: [
      "description", "inheritedMetadata", "imageName", "imageCatalogRef", "imagePullPolicy", "schedulerName",
      "postgresUID", "postgresGID", "instances", "minSyncReplicas", "maxSyncReplicas", "postgresql",
      "replicationSlots", "bootstrap", "replica", "superuserSecret", "enableSuperuserAccess", "certificates",
      "imagePullSecrets", "storage", "serviceAccountTemplate", "walStorage", "ephemeralVolumeSource", "startDelay",
      "stopDelay", "smartShutdownTimeout", "switchoverDelay", "failoverDelay", "livenessProbeTimeout", "affinity",
      "topologySpreadConstraints", "resources", "ephemeralVolumesSizeLimit", "priorityClassName",
      "primaryUpdateStrategy", "primaryUpdateMethod", "backup", "nodeMaintenanceWindow", "monitoring",
      "externalClusters", "logLevel", "projectedVolumeTemplate", "env", "envFrom", "managed", "seccompProfile",
      "tablespaces", "enablePDB", "plugins", "probes", "podSecurityContext", "securityContext",
    ],
    check(obj) {
      const e = [];
      const n = obj.spec?.instances;
      if (!Number.isInteger(n) || n < 3) e.push(`spec.instances ${n}: an HA cluster needs 3 instances (a primary and two replicas)`);
      if (!["unsupervised", "supervised", undefined].includes(obj.spec?.primaryUpdateStrategy))
        e.push(`spec.primaryUpdateStrategy ${obj.spec.primaryUpdateStrategy}: unsupervised or supervised`);
      const archivers = (obj.spec?.plugins ?? []).filter((p) => p.isWALArchiver);
      if (archivers.length === 0 && !obj.spec?.backup?.barmanObjectStore)
        e.push("no WAL archiving: neither a plugin with isWALArchiver nor spec.backup.barmanObjectStore");
      for (const [k, v] of Object.entries(obj.spec?.postgresql?.parameters ?? {}))
        if (typeof v !== "string") e.push(`spec.postgresql.parameters.${k} must be a string (quote it)`);
      return e;
    },
  },
  "postgresql.cnpg.io/v1 ScheduledBackup": {
    required: ["spec.schedule", "spec.cluster.name"],
    spec: ["suspend", "immediate", "schedule", "cluster", "backupOwnerReference", "target", "method", "pluginConfiguration", "online", "onlineConfiguration"],
    check(obj) {
      const e = [];
      // CloudNativePG's schedule has six fields, seconds first (not the five of a CronJob).
      if (str(obj.spec?.schedule) && obj.spec.schedule.trim().split(/\s+/).length !== 6)
        e.push(`spec.schedule "${obj.spec.schedule}": six fields (seconds first), not a five-field cron`);
      if (!["barmanObjectStore", "volumeSnapshot", "plugin", undefined].includes(obj.spec?.method)) e.push(`spec.method ${obj.spec.method} is unknown`);
      if (obj.spec?.method === "plugin" && !str(obj.spec?.pluginConfiguration?.name)) e.push("spec.method plugin needs spec.pluginConfiguration.name");
      if (!["none", "self", "cluster", undefined].includes(obj.spec?.backupOwnerReference)) e.push(`spec.backupOwnerReference ${obj.spec.backupOwnerReference} is unknown`);
      if (!["primary", "prefer-standby", undefined].includes(obj.spec?.target)) e.push(`spec.target ${obj.spec.target} is unknown`);
      return e;
    },
  },
  "postgresql.cnpg.io/v1 Database": {
    required: ["spec.name", "spec.owner", "spec.cluster.name"],
    spec: [
      "cluster", "ensure", "name", "owner", "template", "encoding", "locale", "localeProvider", "lcCollate", "lcCtype",
      "icuLocale", "icuRules", "builtinLocale", "collationVersion", "isTemplate", "allowConnections", "connectionLimit",
      "tablespace", "databaseReclaimPolicy", "schemas", "extensions", "fdws", "servers",
    ],
  },
  "barmancloud.cnpg.io/v1 ObjectStore": {
    required: ["spec.configuration.destinationPath"],
    spec: ["configuration", "retentionPolicy", "instanceSidecarConfiguration"],
    check(obj) {
      const e = [];
      const r = obj.spec?.retentionPolicy;
      if (r !== undefined && !/^[1-9][0-9]*[dwm]$/.test(String(r))) e.push(`spec.retentionPolicy "${r}": a number of days, weeks or months (30d, 4w, 3m)`);
      const c = obj.spec?.configuration ?? {};
      if (str(c.destinationPath) && !/^(s3|gs|https?):\/\//.test(c.destinationPath)) e.push(`spec.configuration.destinationPath ${c.destinationPath}: not an object-store URL`);
      if (c.serverName) e.push("spec.configuration.serverName must stay empty (set serverName in the Cluster's plugin parameters)");
      const known = ["destinationPath", "endpointURL", "endpointCA", "s3Credentials", "azureCredentials", "googleCredentials", "wal", "data", "tags", "historyTags", "serverName"];
      for (const k of Object.keys(c)) if (!known.includes(k)) e.push(`unknown field spec.configuration.${k}`);
      return e;
    },
  },
  "k8s.keycloak.org/v2alpha1 Keycloak": {
    required: ["spec.db.vendor", "spec.hostname.hostname"],
    spec: [
      "instances", "image", "imagePullSecrets", "startOptimized", "update", "additionalOptions", "bootstrapAdmin", "db",
      "http", "httpManagement", "hostname", "proxy", "ingress", "features", "transaction", "truststores", "cache",
      "resources", "scheduling", "tracing", "networkPolicy", "unsupported", "serviceMonitor", "livenessProbe",
      "readinessProbe", "startupProbe", "env", "automountServiceAccountToken", "admin",
    ],
    check(obj) {
      const e = [];
      const http = obj.spec?.http ?? {};
      if (!http.httpEnabled && !str(http.tlsSecret)) e.push("spec.http: either tlsSecret or httpEnabled (TLS ended in front of Keycloak)");
      if (http.httpEnabled && !str(http.tlsSecret) && !obj.spec?.proxy?.headers) e.push("spec.http.httpEnabled behind a proxy needs spec.proxy.headers (xforwarded or forwarded)");
      if (obj.spec?.proxy?.headers && !["xforwarded", "forwarded"].includes(obj.spec.proxy.headers)) e.push(`spec.proxy.headers ${obj.spec.proxy.headers}: xforwarded or forwarded`);
      const db = obj.spec?.db ?? {};
      if (db.vendor !== "postgres") e.push(`spec.db.vendor ${db.vendor}: the manifests provide PostgreSQL`);
      for (const k of ["usernameSecret", "passwordSecret"]) if (!str(db[k]?.name) || !str(db[k]?.key)) e.push(`spec.db.${k} needs name and key`);
      return e;
    },
  },
  "k8s.keycloak.org/v2alpha1 KeycloakRealmImport": {
    required: ["spec.keycloakCRName", "spec.realm.realm"],
    spec: ["keycloakCRName", "realm", "placeholders", "resources"],
  },
};

export const operatorKind = (apiVersion, kind) => OPERATOR_KINDS[`${apiVersion} ${kind}`];

/** Errors of one operator resource on its own. */
export function operatorErrors(doc) {
  const def = operatorKind(doc.obj.apiVersion, doc.obj.kind);
  const e = [];
  if (!str(doc.obj.metadata?.name)) e.push("metadata.name is missing");
  for (const k of Object.keys(doc.obj)) if (!["apiVersion", "kind", "metadata", "spec"].includes(k)) e.push(`unknown field ${k}`);
  for (const r of def.required) if (get(doc.obj, r) === undefined || get(doc.obj, r) === null || get(doc.obj, r) === "") e.push(`${r} is required`);
  for (const k of Object.keys(doc.obj.spec ?? {})) if (!def.spec.includes(k)) e.push(`unknown field spec.${k}`);
  if (def.check) e.push(...def.check(doc.obj));
  return e;
}

/**
 * The realm as Keycloak should import it in production, from the development realm file: no demo
 * users, organisations or demo integration clients (those with a secret in the file), the password
 * grant off, the SPA's addresses those of the Ingress.
 */
export function productionRealm(realmFile, spaOrigin) {
  const realm = JSON.parse(fs.readFileSync(realmFile, "utf8"));
  delete realm.users;
  delete realm.organizations;
  realm.organizationsEnabled = true;
  realm.clients = realm.clients.filter((c) => !c.secret);
  for (const c of realm.clients) {
    if (c.clientId !== "zonale-spa") continue;
    c.directAccessGrantsEnabled = false;
    c.description = "The browser app: public client, authorization code + PKCE S256.";
    c.rootUrl = spaOrigin;
    c.redirectUris = [`${spaOrigin}/*`];
    c.webOrigins = [spaOrigin];
    c.attributes = { ...c.attributes, "post.logout.redirect.uris": `${spaOrigin}/*` };
  }
  return realm;
}

/** Cross-references of the operator resources with each other and with the plain manifests. */
export function operatorReferences(docs, secrets, realmFile) {
  const errors = new Map(docs.map((d) => [d, []]));
  const add = (d, m) => errors.get(d).push(m);
  const of = (kind) => docs.filter((d) => d.obj?.kind === kind && operatorKind(d.obj.apiVersion, kind));
  const clusters = new Map(of("Cluster").map((d) => [d.obj.metadata?.name, d]));
  const stores = new Map(of("ObjectStore").map((d) => [d.obj.metadata?.name, d]));
  const keycloaks = new Map(of("Keycloak").map((d) => [d.obj.metadata?.name, d]));
  const needSecret = (d, ref, keys, what) => {
    if (!str(ref)) return;
    if (!secrets.has(ref)) add(d, `${what}: Secret ${ref} is neither in the manifests nor created by a documented kubectl command`);
    else for (const k of keys) if (!secrets.get(ref).has(k)) add(d, `${what}: Secret ${ref} has no key ${k}`);
  };

  for (const d of of("Cluster")) {
    const s = d.obj.spec ?? {};
    needSecret(d, s.bootstrap?.initdb?.secret?.name, ["username", "password"], "bootstrap.initdb.secret");
    for (const r of s.managed?.roles ?? []) needSecret(d, r.passwordSecret?.name, ["username", "password"], `managed role ${r.name}`);
    for (const p of s.plugins ?? []) {
      const store = p.parameters?.barmanObjectName;
      if (p.name === "barman-cloud.cloudnative-pg.io" && !stores.has(store)) add(d, `plugin ${p.name}: barmanObjectName ${store} is no ObjectStore of these manifests`);
    }
  }
  for (const d of of("ObjectStore")) {
    const c = d.obj.spec?.configuration?.s3Credentials;
    if (c) for (const k of ["accessKeyId", "secretAccessKey"]) needSecret(d, c[k]?.name, [c[k]?.key], `s3Credentials.${k}`);
  }
  for (const d of [...of("ScheduledBackup"), ...of("Database")]) {
    const c = clusters.get(d.obj.spec?.cluster?.name);
    if (!c) {
      add(d, `spec.cluster.name ${d.obj.spec?.cluster?.name} is no Cluster of these manifests`);
      continue;
    }
    if (d.obj.kind === "ScheduledBackup" && d.obj.spec?.method === "plugin") {
      const name = d.obj.spec?.pluginConfiguration?.name;
      if (!(c.obj.spec?.plugins ?? []).some((p) => p.name === name)) add(d, `pluginConfiguration.name ${name} is not a plugin of Cluster ${c.obj.metadata.name}`);
    }
    if (d.obj.kind === "Database") {
      const owner = d.obj.spec?.owner;
      const ownerIsRole = (c.obj.spec?.managed?.roles ?? []).some((r) => r.name === owner) || c.obj.spec?.bootstrap?.initdb?.owner === owner;
      if (!ownerIsRole) add(d, `spec.owner ${owner} is neither a managed role nor the initdb owner of Cluster ${c.obj.metadata.name}`);
    }
  }
  for (const d of of("Keycloak")) {
    const db = d.obj.spec?.db ?? {};
    needSecret(d, db.usernameSecret?.name, [db.usernameSecret?.key], "spec.db.usernameSecret");
    needSecret(d, db.passwordSecret?.name, [db.passwordSecret?.key], "spec.db.passwordSecret");
    const cluster = str(db.host) ? clusters.get(db.host.replace(/-rw$/, "")) : undefined;
    if (!cluster || !db.host.endsWith("-rw")) {
      add(d, `spec.db.host ${db.host}: not the primary Service (<cluster>-rw) of a Cluster of these manifests`);
    } else if (!of("Database").some((x) => x.obj.spec?.cluster?.name === cluster.obj.metadata.name && x.obj.spec?.name === db.database)) {
      add(d, `spec.db.database ${db.database} is no Database resource of Cluster ${cluster.obj.metadata.name}`);
    } else {
      const owner = of("Database").find((x) => x.obj.spec?.name === db.database).obj.spec.owner;
      const role = (cluster.obj.spec?.managed?.roles ?? []).find((r) => r.name === owner);
      if (role && role.passwordSecret?.name !== db.passwordSecret?.name) add(d, `spec.db.passwordSecret ${db.passwordSecret?.name} is not the Secret of role ${owner} (${role.passwordSecret?.name})`);
    }
  }
  for (const d of of("KeycloakRealmImport")) {
    if (!keycloaks.has(d.obj.spec?.keycloakCRName)) add(d, `spec.keycloakCRName ${d.obj.spec?.keycloakCRName} is no Keycloak of these manifests`);
    if (realmFile && d.obj.spec?.realm) {
      const spa = (d.obj.spec.realm.clients ?? []).find((c) => c.clientId === "zonale-spa");
      const expected = productionRealm(realmFile, spa?.rootUrl ?? "");
      if (JSON.stringify(expected) !== JSON.stringify(d.obj.spec.realm))
        add(d, "spec.realm differs from the development realm file less its demo data: regenerate it with `node backend/deploy/validate/validate.mjs --write-realm-import`");
      if ((d.obj.spec.realm.users ?? []).length) add(d, "spec.realm has users: demo users never go to production");
    }
  }
  return { errors, keycloaks };
}
