#!/usr/bin/env python3
"""Offline check of the container files (run by `./zonale test`; no Docker engine needed).

1. Dockerfiles (API: backend/src/main/docker/Dockerfile.jvm, SPA: frontend/Dockerfile): multi-stage,
   every COPY --from names an earlier stage, every base image pinned to a tag (never :latest), the
   last stage runs as a non-root USER with a HEALTHCHECK and EXPOSEs its ports, every local COPY
   source exists in the build context and is not excluded by its .dockerignore; the API builds with
   Maven on a Temurin JDK and runs on a Temurin JRE, the SPA builds with `npm ci` and `npm run build`.
2. docker-compose.yml: the five services, every build context and Dockerfile exists, no host port
   is published twice, depends_on names services (a service_healthy one has a healthcheck, in the
   file or in its image), every ZONALE_* variable given to the API is one application.properties
   reads, the SPA's published origin is allowed by Keycloak's zonale-spa client and by the API's CORS.
3. The SPA's nginx: the template rendered as the image's entrypoint does, `nginx -t` on it, then the
   server started on a free loopback port over a small fake build and probed: security headers and
   CSP on every answer, immutable caching of /assets/, fallback to index.html for client-side routes
   (a missing asset stays 404), gzip, /config.js from the environment. Skipped (with a note) when
   nginx is not installed.
4. Self-test: broken variants of the files must be rejected.

Usage: python3 tools/deploy-check/check.py    (exit 0 = all good)
"""
import fnmatch
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
API_DOCKERFILE = ROOT / "backend/src/main/docker/Dockerfile.jvm"
SPA_DOCKERFILE = ROOT / "frontend/Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
APP_PROPERTIES = ROOT / "backend/src/main/resources/application.properties"
REALM = ROOT / "backend/src/main/resources/keycloak/zonale-realm.json"
NGINX_TEMPLATE = ROOT / "frontend/docker/default.conf.template"
NGINX_HEADERS = ROOT / "frontend/docker/security-headers.conf"

SECURITY_HEADERS = [
    "content-security-policy",
    "x-content-type-options",
    "x-frame-options",
    "referrer-policy",
    "permissions-policy",
    "strict-transport-security",
]


# ------------------------------------------------------------------------------------------------
# Dockerfiles
# ------------------------------------------------------------------------------------------------
def instructions(text):
    """(INSTRUCTION, arguments) per logical line: continuations joined, comments dropped."""
    out, buf = [], ""
    for line in text.splitlines():
        if not buf and (line.strip().startswith("#") or not line.strip()):
            continue
        if line.strip().startswith("#"):
            continue
        if line.rstrip().endswith("\\"):
            buf += line.rstrip()[:-1] + " "
            continue
        buf += line
        word, _, rest = buf.strip().partition(" ")
        out.append((word.upper(), rest.strip()))
        buf = ""
    return out


def dockerignore_patterns(context):
    f = context / ".dockerignore"
    if not f.exists():
        return None
    return [l.strip() for l in f.read_text().splitlines() if l.strip() and not l.strip().startswith("#")]


def ignored(rel, patterns):
    """Docker's rule: the last matching pattern wins; '!' re-includes."""
    result = False
    for p in patterns:
        neg = p.startswith("!")
        pat = p[1:] if neg else p
        pat = pat.rstrip("/")
        if pat.startswith("**/"):
            hit = any(fnmatch.fnmatch(part, pat[3:]) for part in rel.split("/")) or fnmatch.fnmatch(rel, pat[3:])
        else:
            hit = fnmatch.fnmatch(rel, pat) or rel.startswith(pat + "/")
        if hit:
            result = not neg
    return result


def check_dockerfile(path, context, kind):
    errors = []
    if not path.exists():
        return [f"{path} does not exist"]
    ins = instructions(path.read_text())
    stages, current = [], None
    patterns = dockerignore_patterns(context)
    if patterns is None:
        errors.append(f"{context}/.dockerignore is missing: the whole folder (node_modules, target) would be sent to the build")
    for word, args in ins:
        if word == "FROM":
            m = re.match(r"(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$", args, re.I)
            if not m:
                errors.append(f"FROM {args}: cannot read")
                continue
            image, name = m.group(1), m.group(2)
            if image not in [s["name"] for s in stages]:
                tag = image.rsplit("/", 1)[-1]
                if ":" not in tag and "@" not in tag:
                    errors.append(f"FROM {image}: not pinned to a tag")
                elif tag.endswith(":latest"):
                    errors.append(f"FROM {image}: :latest is not a version")
            current = {"image": image, "name": name, "user": None, "health": False, "expose": [], "run": []}
            stages.append(current)
        elif current is None:
            if word not in ("ARG",):
                errors.append(f"{word} before the first FROM")
        elif word == "USER":
            current["user"] = args
        elif word == "HEALTHCHECK":
            current["health"] = args.upper() != "NONE"
        elif word == "EXPOSE":
            current["expose"] += [int(p.split("/")[0]) for p in args.split()]
        elif word == "RUN":
            current["run"].append(args)
        elif word in ("COPY", "ADD"):
            parts = [p for p in args.split() if not p.startswith("--")]
            flags = [p for p in args.split() if p.startswith("--")]
            frm = [f.split("=", 1)[1] for f in flags if f.startswith("--from=")]
            if frm:
                earlier = [s["name"] for s in stages[:-1]]
                if frm[0] not in earlier and not re.match(r"^\d+$", frm[0]):
                    errors.append(f"{word} --from={frm[0]}: no earlier stage has that name (stages: {', '.join(filter(None, earlier))})")
                continue
            for src in parts[:-1]:
                src = src.strip('"[],')
                matches = list(context.glob(src.rstrip("/"))) if any(c in src for c in "*?[") else [context / src.rstrip("/")]
                if src in (".", "./"):
                    continue
                if not matches or not all(m.exists() for m in matches):
                    errors.append(f"{word} {src}: not found in the build context {context.relative_to(ROOT)}")
                elif patterns is not None and all(ignored(str(m.relative_to(context)), patterns) for m in matches):
                    errors.append(f"{word} {src}: excluded by {context.relative_to(ROOT)}/.dockerignore")
    if len(stages) < 2:
        errors.append("not multi-stage: the image must build from source in a stage of its own")
    if stages:
        last = stages[-1]
        if not last["user"] or last["user"].split(":")[0] in ("root", "0"):
            errors.append("the runtime stage runs as root: add USER with a non-root user")
        if not last["health"]:
            errors.append("the runtime stage has no HEALTHCHECK")
        if not last["expose"]:
            errors.append("the runtime stage EXPOSEs no port")
        build = stages[0]
        if kind == "api":
            if not re.search(r"eclipse-temurin:\d+[^:]*-jdk", build["image"]):
                errors.append(f"build stage {build['image']}: expected a Temurin JDK image")
            if not re.search(r"eclipse-temurin:\d+[^:]*-jre", last["image"]):
                errors.append(f"runtime stage {last['image']}: expected a Temurin JRE image")
            if not any("mvnw" in r and "package" in r for r in build["run"]):
                errors.append("the build stage does not run the Maven package")
        if kind == "spa":
            runs = " && ".join(build["run"])
            if "npm ci" not in runs or "npm run build" not in runs:
                errors.append("the build stage must run npm ci and npm run build")
            if "nginx" not in last["image"]:
                errors.append(f"runtime stage {last['image']}: expected nginx")
    return errors, (stages[-1] if stages else None)


# ------------------------------------------------------------------------------------------------
# docker-compose.yml
# ------------------------------------------------------------------------------------------------
def app_reads():
    return set(re.findall(r"\$\{(ZONALE_[A-Z0-9_]+)", APP_PROPERTIES.read_text()))


def spa_client():
    realm = json.loads(REALM.read_text())
    return next(c for c in realm["clients"] if c["clientId"] == "zonale-spa")


def env_of(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(e.split("=", 1) if "=" in e else (e, "") for e in env)
    return {k: str(v) for k, v in env.items()}


def check_compose(compose, images):
    errors = []
    services = compose.get("services") or {}
    for name in ("postgres", "keycloak", "maildev", "backend", "frontend"):
        if name not in services:
            errors.append(f"service {name} is missing: `docker compose up` must start the whole product")
    published = {}
    for name, svc in services.items():
        build = svc.get("build")
        if build is not None:
            ctx = ROOT / (build if isinstance(build, str) else build.get("context", "."))
            dockerfile = ctx / (build.get("dockerfile", "Dockerfile") if isinstance(build, dict) else "Dockerfile")
            if not ctx.is_dir():
                errors.append(f"{name}: build context {ctx.relative_to(ROOT)} does not exist")
            elif not dockerfile.is_file():
                errors.append(f"{name}: Dockerfile {dockerfile.relative_to(ROOT)} does not exist")
        for p in svc.get("ports") or []:
            host = str(p).rsplit(":", 1)[0].split(":")[-1] if ":" in str(p) else None
            if host:
                if host in published:
                    errors.append(f"{name}: host port {host} is also published by {published[host]}")
                published[host] = name
        deps = svc.get("depends_on") or {}
        for dep in deps:
            if dep not in services:
                errors.append(f"{name}: depends_on {dep}, which is no service")
                continue
            cond = deps[dep].get("condition") if isinstance(deps, dict) and isinstance(deps[dep], dict) else None
            if cond == "service_healthy":
                has = "healthcheck" in services[dep] or images.get(dep, {}).get("health")
                if not has:
                    errors.append(f"{name}: waits for {dep} to be healthy, but {dep} has no healthcheck (neither here nor in its image)")
        for vol in svc.get("volumes") or []:
            src = str(vol).split(":")[0]
            if src.startswith(".") and not (ROOT / src).exists():
                errors.append(f"{name}: volume source {src} does not exist")
    api = services.get("backend", {})
    reads = app_reads()
    for k in env_of(api):
        if k.startswith("ZONALE_") and k not in reads:
            errors.append(f"backend: env {k} is not read by application.properties")
        elif not re.match(r"^(ZONALE|QUARKUS|JAVA)_", k):
            errors.append(f"backend: env {k} is neither ZONALE_*, QUARKUS_* nor JAVA_*")
    args = (api.get("build") or {}).get("args") or {} if isinstance(api.get("build"), dict) else {}
    if isinstance(args, list):
        args = dict(a.split("=", 1) for a in args)
    if args.get("QUARKUS_BUILD_PROFILE") != "demo":
        errors.append("backend: build arg QUARKUS_BUILD_PROFILE must be demo (the demo data's Flyway locations are fixed at build time)")
    spa = services.get("frontend", {})
    spa_ports = [str(p) for p in spa.get("ports") or []]
    client = spa_client()
    container = str(images.get("frontend", {}).get("expose", [8080])[0]) if images.get("frontend") else "8080"
    for p in spa_ports:
        host, _, target = p.rpartition(":")
        host = host.split(":")[-1]
        origin = f"http://localhost:{host}"
        if target != container:
            errors.append(f"frontend: port {p} does not reach the image's port {container}")
        if not any(fnmatch.fnmatch(origin + "/", u) for u in client.get("redirectUris", [])):
            errors.append(f"frontend: {origin} is not among the zonale-spa client's redirect URIs {client.get('redirectUris')}")
        if origin not in client.get("webOrigins", []):
            errors.append(f"frontend: {origin} is not among the zonale-spa client's web origins")
        if origin not in env_of(api).get("ZONALE_SPA_ORIGINS", "http://localhost:5173").split(","):
            errors.append(f"frontend: {origin} is not in the API's ZONALE_SPA_ORIGINS (CORS)")
    spa_env = env_of(spa)
    for k in ("ZONALE_API_URL", "ZONALE_OIDC_AUTHORITY"):
        if k not in spa_env:
            errors.append(f"frontend: {k} is not set")
    api_ports = [str(p).rpartition(":")[0].split(":")[-1] for p in api.get("ports") or []]
    if spa_env.get("ZONALE_API_URL") and not any(spa_env["ZONALE_API_URL"].rstrip("/").endswith(f":{p}") for p in api_ports):
        errors.append(f"frontend: ZONALE_API_URL {spa_env['ZONALE_API_URL']} is not the API's published port ({api_ports})")
    return errors


# ------------------------------------------------------------------------------------------------
# nginx of the SPA
# ------------------------------------------------------------------------------------------------
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def render(template, env):
    # As the image's 20-envsubst-on-templates.sh with NGINX_ENVSUBST_FILTER=^ZONALE_: only those.
    return re.sub(r"\$\{(ZONALE_[A-Z0-9_]+)\}", lambda m: env.get(m.group(1), m.group(0)), template)


def get(port, path, headers=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def check_nginx(template_text, headers_text):
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if not nginx:
        return None
    errors = []
    env = {
        "ZONALE_API_URL": "https://api.example.org",
        "ZONALE_OIDC_AUTHORITY": "https://id.example.org/realms/zonale",
        "ZONALE_OIDC_CLIENT_ID": "zonale-spa",
    }
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        html = tmp / "html"
        (html / "assets").mkdir(parents=True)
        (html / "index.html").write_text("<!doctype html><title>Zonale</title>" + "<p>x</p>" * 300)
        (html / "assets/index-abc123.js").write_text("console.log('zonale');\n" * 200)
        (tmp / "security-headers.conf").write_text(headers_text)
        server = render(template_text, env)
        server = server.replace("/etc/nginx/snippets/security-headers.conf", str(tmp / "security-headers.conf"))
        server = server.replace("/usr/share/nginx/html", str(html)).replace("listen 8080;", f"listen 127.0.0.1:{port};")
        server = re.sub(r"\n\s*listen \[::\]:8080;", "", server)
        (tmp / "default.conf").write_text(server)
        mime = "/etc/nginx/mime.types"
        (tmp / "nginx.conf").write_text(
            f"""daemon off; pid {tmp}/nginx.pid; error_log {tmp}/error.log warn;
{"user nobody nogroup;" if os.geteuid() == 0 else ""}
events {{ worker_connections 64; }}
http {{ {"include " + mime + ";" if os.path.exists(mime) else ""} default_type application/octet-stream;
  access_log off; client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fcgi;
  uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
  include {tmp}/default.conf; }}
"""
        )
        os.chmod(tmp, 0o755)
        t = subprocess.run([nginx, "-t", "-q", "-c", str(tmp / "nginx.conf"), "-p", str(tmp)], capture_output=True, text=True)
        if t.returncode != 0:
            return [f"nginx -t: {t.stderr.strip()}"]
        proc = subprocess.Popen([nginx, "-c", str(tmp / "nginx.conf"), "-p", str(tmp)], stderr=subprocess.PIPE)
        try:
            for _ in range(50):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            cases = {
                "/": (200, "no-cache"),
                "/plans/3f0c/minutes": (200, "no-cache"),
                "/assets/index-abc123.js": (200, "immutable"),
                "/assets/missing-000.js": (404, None),
                "/config.js": (200, "no-store"),
            }
            for path, (status, cache) in cases.items():
                st, h, body = get(port, path, {"Accept-Encoding": "gzip"})
                if st != status:
                    errors.append(f"GET {path}: {st}, expected {status}")
                missing = [x for x in SECURITY_HEADERS if x not in h]
                if missing:
                    errors.append(f"GET {path}: no {', '.join(missing)}")
                if cache and cache not in h.get("cache-control", ""):
                    errors.append(f"GET {path}: Cache-Control {h.get('cache-control')!r}, expected {cache}")
                if path == "/plans/3f0c/minutes" and b"Zonale" not in (body if h.get("content-encoding") != "gzip" else __import__("gzip").decompress(body)):
                    errors.append("a client-side route does not get index.html")
                if path == "/assets/index-abc123.js" and h.get("content-encoding") != "gzip":
                    errors.append("/assets/*.js is not compressed (gzip)")
                if path == "/config.js":
                    if env["ZONALE_API_URL"].encode() not in body or b"__ZONALE_CONFIG__" not in body:
                        errors.append(f"/config.js does not carry the environment's addresses: {body[:200]!r}")
                    if "javascript" not in h.get("content-type", ""):
                        errors.append(f"/config.js is served as {h.get('content-type')}")
                if path == "/":
                    csp = h.get("content-security-policy", "")
                    for want in ("script-src 'self'", "frame-ancestors 'none'", "https://api.example.org", "https://id.example.org"):
                        if want not in csp:
                            errors.append(f"CSP lacks {want}: {csp}")
                    if "unsafe-inline" in csp or "unsafe-eval" in csp:
                        errors.append(f"CSP allows unsafe-inline/unsafe-eval: {csp}")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return errors


# ------------------------------------------------------------------------------------------------
def report(label, errors):
    print(f"{'FAIL' if errors else 'ok  '} {label}")
    for e in errors:
        print(f"       - {e}")
    return not errors


def self_test(api_stage, spa_stage):
    """Broken variants must be rejected, so that the checks cannot pass by checking nothing."""
    ok = True
    tmpdir = Path(tempfile.mkdtemp())
    try:
        cases = []
        text = API_DOCKERFILE.read_text()
        for label, broken in [
            ("API Dockerfile without USER", re.sub(r"^USER .*$", "", text, flags=re.M)),
            ("API Dockerfile COPY --from an unknown stage", text.replace("--from=build", "--from=bulid", 1)),
            ("API Dockerfile single stage", text[text.index("# ---- 2."):]),
        ]:
            f = tmpdir / "Dockerfile"
            f.write_text(broken)
            cases.append((label, check_dockerfile(f, ROOT / "backend", "api")[0]))
        compose = yaml.safe_load(COMPOSE.read_text())
        c1 = json.loads(json.dumps(compose))
        c1["services"]["frontend"]["ports"] = ["5174:8080"]
        c2 = json.loads(json.dumps(compose))
        c2["services"]["backend"]["environment"]["ZONALE_DB_URLL"] = "x"
        c3 = json.loads(json.dumps(compose))
        c3["services"]["maildev"]["ports"].append("8080:8080")
        images = {"backend": api_stage or {}, "frontend": spa_stage or {}}
        for label, broken in [
            ("compose: SPA on an origin Keycloak does not allow", c1),
            ("compose: misspelt ZONALE_ variable", c2),
            ("compose: host port published twice", c3),
        ]:
            cases.append((label, check_compose(broken, images)))
        for label, errors in cases:
            if errors:
                print(f"ok   rejected as expected: {label} ({errors[0]})")
            else:
                ok = False
                print(f"FAIL not rejected: {label}")
    finally:
        shutil.rmtree(tmpdir)
    return ok


def main():
    ok = True
    api_errors, api_stage = check_dockerfile(API_DOCKERFILE, ROOT / "backend", "api")
    ok &= report("backend/src/main/docker/Dockerfile.jvm (multi-stage, Temurin JDK → JRE, non-root, healthcheck)", api_errors)
    spa_errors, spa_stage = check_dockerfile(SPA_DOCKERFILE, ROOT / "frontend", "spa")
    ok &= report("frontend/Dockerfile (npm ci && npm run build → unprivileged nginx, healthcheck)", spa_errors)
    compose = yaml.safe_load(COMPOSE.read_text())
    images = {"backend": api_stage or {}, "frontend": spa_stage or {}}
    ok &= report("docker-compose.yml (services, builds, ports, the API's variables, Keycloak's redirect URIs)", check_compose(compose, images))
    nginx = check_nginx(NGINX_TEMPLATE.read_text(), NGINX_HEADERS.read_text())
    if nginx is None:
        print("skip frontend/docker/default.conf.template: nginx is not installed (apt-get install nginx-light)")
    else:
        ok &= report("frontend/docker/default.conf.template (nginx -t, then headers, CSP, caching, SPA fallback, gzip, /config.js)", nginx)
    ok &= self_test(api_stage, spa_stage)
    print("container files: valid" if ok else "container files: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
