#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.md: the third-party components Zonale ships, with their declared licences.

    python3 docs/tools/third-party-notices.py          # rewrite THIRD-PARTY-NOTICES.md
    python3 docs/tools/third-party-notices.py --check  # exit 1 if it is not current (./zonale test)

--check is cheap while backend/pom.xml (comments and layout aside) and the production packages of
frontend/package-lock.json are unchanged: the file records their SHA-256 (every version is pinned by
them) and the SHA-256 of its own body, so it only checks those.
When either input changed it regenerates everything (Maven and npm, about a minute) and compares.

What it lists, and from where (nothing is typed by hand):
  * the API: every artifact on its runtime classpath, from `mvnw dependency:list -DincludeScope=runtime`,
    with the licences declared in the artifact's POM or, when it declares none, in its nearest parent
    POM (read from the local Maven repository the build already filled);
  * the SPA: every production package of frontend/package-lock.json (not dev, not optional), with the
    licence declared in its installed node_modules/<name>/package.json (run npm install first).
Only the Python standard library is used; Maven runs through the project's wrapper.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "THIRD-PARTY-NOTICES.md"
BACKEND = ROOT / "backend"
FRONTEND = ROOT / "frontend"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
POM_NS = "{http://maven.apache.org/POM/4.0.0}"


def fail(message):
    sys.exit(f"third-party-notices.py: {message}")


def maven_repository():
    configured = os.environ.get("MAVEN_REPO_LOCAL")
    return Path(configured) if configured else Path.home() / ".m2" / "repository"


def runtime_artifacts():
    """(groupId, artifactId, version) of every runtime artifact of the backend, sorted."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "dependencies.txt"
        command = ["./mvnw", "-B", "-q", "-Dstyle.color=never",
                   "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list",
                   "-DincludeScope=runtime", f"-DoutputFile={listing}"]
        done = subprocess.run(command, cwd=BACKEND, capture_output=True, text=True)
        if done.returncode != 0:
            fail("mvnw dependency:list failed:\n" + done.stdout + done.stderr)
        artifacts = set()
        for line in listing.read_text(encoding="utf-8").splitlines():
            line = ANSI.sub("", line).strip()
            if not line or line.startswith("The following") or line == "none":
                continue
            parts = line.split()[0].split(":")
            # group:artifact:type[:classifier]:version:scope
            if len(parts) < 5:
                continue
            artifacts.add((parts[0], parts[1], parts[-2]))
    return sorted(artifacts)


def pom_path(group, artifact, version):
    return maven_repository().joinpath(*group.split("."), artifact, version, f"{artifact}-{version}.pom")


def text(element, path):
    found = element.find(path) if element is not None else None
    return found.text.strip() if found is not None and found.text else ""


def read_pom(group, artifact, version):
    path = pom_path(group, artifact, version)
    if not path.exists():
        fail(f"{path} is missing: run the backend build first (cd backend && ./mvnw -B verify)")
    root = ET.parse(path).getroot()
    if not root.tag.startswith(POM_NS):  # a POM without the namespace
        for element in root.iter():
            element.tag = POM_NS + element.tag
    return root


def licences_of(group, artifact, version, seen=()):
    """The licences a POM declares, else those its parent chain declares; [] if none does."""
    pom = read_pom(group, artifact, version)
    licences = []
    for licence in pom.findall(f"{POM_NS}licenses/{POM_NS}license"):
        name = re.sub(r"\s+", " ", text(licence, f"{POM_NS}name"))
        url = text(licence, f"{POM_NS}url")
        if name or url:
            licences.append((name or url, url))
    if licences:
        return licences
    parent = pom.find(f"{POM_NS}parent")
    if parent is None:
        return []
    key = (text(parent, f"{POM_NS}groupId"), text(parent, f"{POM_NS}artifactId"), text(parent, f"{POM_NS}version"))
    if key in seen or not pom_path(*key).exists():
        return []
    return licences_of(*key, seen=seen + (key,))


def backend_rows():
    rows = []
    for group, artifact, version in runtime_artifacts():
        licences = licences_of(group, artifact, version)
        pom = read_pom(group, artifact, version)
        url = text(pom, f"{POM_NS}url")
        rows.append((f"{group}:{artifact}", version, licences or [("not declared in its POM", "")], url))
    return rows


def frontend_rows():
    lock = json.loads((FRONTEND / "package-lock.json").read_text(encoding="utf-8"))
    rows = []
    for path, entry in production_entries(lock).items():
        manifest_file = FRONTEND / path / "package.json"
        if not manifest_file.exists():
            fail(f"{manifest_file} is missing: run npm install in frontend/ first")
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        declared = manifest.get("license") or manifest.get("licenses") or entry.get("license")
        if isinstance(declared, dict):
            declared = declared.get("type")
        elif isinstance(declared, list):
            declared = " OR ".join(d.get("type", "?") if isinstance(d, dict) else str(d) for d in declared)
        repository = manifest.get("repository")
        if isinstance(repository, dict):
            repository = repository.get("url")
        name = path.split("node_modules/")[-1]
        rows.append((name, manifest.get("version", entry.get("version", "")), declared or "not declared",
                     manifest.get("homepage") or repository or ""))
    return sorted(set(rows))


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def production_entries(lock):
    """The lock's packages the SPA ships: not dev, not optional (platform builds of tools)."""
    return {path: entry for path, entry in lock["packages"].items()
            if path and not (entry.get("dev") or entry.get("devOptional") or entry.get("optional"))}


def normalised(path):
    """What decides the list: the POM without comments and layout; the lock's production packages."""
    data = (ROOT / path).read_text(encoding="utf-8")
    if path.endswith(".xml"):
        data = " ".join(re.sub(r"<!--.*?-->", " ", data, flags=re.DOTALL).split())
    else:
        shipped = production_entries(json.loads(data))
        data = json.dumps({p: [e.get("version"), e.get("license")] for p, e in shipped.items()}, sort_keys=True)
    return data.encode("utf-8")


def inputs_stamp():
    return " ".join(f"{path}={sha256(normalised(path))}" for path in ("backend/pom.xml", "frontend/package-lock.json"))


STAMP = re.compile(r"^<!-- inputs: (?P<inputs>.*) body: (?P<body>[0-9a-f]{64}) -->\n", re.MULTILINE)


def stamped(body):
    return body + f"<!-- inputs: {inputs_stamp()} body: {sha256(body.encode('utf-8'))} -->\n"


def unchanged_since_generated(current):
    """True when the inputs are those the file was made from and its body is as written."""
    match = STAMP.search(current)
    if not match or match.end() != len(current):
        return False
    body = current[:match.start()]
    return match["inputs"] == inputs_stamp() and match["body"] == sha256(body.encode("utf-8"))


# Files shipped inside the API that are not Maven artifacts: each with its licence file beside it.
BUNDLED_FONTS = [
    ("Titillium Web 400, 400 italic, 700", "TitilliumWeb_*.ttf", "SIL Open Font License 1.1",
     "backend/src/main/resources/fonts/OFL-TitilliumWeb.txt",
     "npm package @expo-google-fonts/titillium-web 0.4.1 (Google Fonts build)"),
    ("DejaVu Sans 400, 700", "DejaVuSans*.ttf", "Bitstream Vera Fonts licence (DejaVu changes: public domain)",
     "backend/src/main/resources/fonts/LICENSE-DejaVu.txt", "Debian package fonts-dejavu-core"),
]


def cell(value):
    return value.replace("|", "\\|")


def render(backend, frontend):
    out = []
    w = out.append
    w("# Third-party notices")
    w("")
    w("Zonale is licensed under the EUPL-1.2 ([LICENSE](LICENSE)). The API and the SPA it ships are built on the")
    w("open-source components below, each under its own licence, as declared by the component itself. The")
    w("full licence texts and any NOTICE files travel inside each component's distribution (its jar or npm")
    w("package). Reference data and its licences: [backend/reference-data/SOURCES.md](backend/reference-data/SOURCES.md).")
    w("")
    w("GENERATED by `python3 docs/tools/third-party-notices.py` from the backend's runtime classpath")
    w("(`mvnw dependency:list -DincludeScope=runtime` and the POMs) and the SPA's production packages")
    w("(`frontend/package-lock.json` and `node_modules/*/package.json`); `./zonale test` fails when it is stale.")
    w("Development-only tools (test libraries, Maven plugins, Vite, ESLint, Playwright…) are not shipped and")
    w("not listed.")
    w("")
    backend_licences = Counter(name for _, _, licences, _ in backend for name, _ in licences)
    frontend_licences = Counter(licence for _, _, licence, _ in frontend)
    w(f"## API (backend): {len(backend)} runtime artifacts")
    w("")
    w("Licences declared: " + "; ".join(f"{name} ({count})" for name, count in sorted(backend_licences.items())) + ".")
    w("")
    w("| Artifact | Version | Licence | Project |")
    w("|---|---|---|---|")
    for coordinates, version, licences, url in backend:
        licence_cells = ", ".join(f"[{cell(name)}]({u})" if u.startswith("http") else cell(name) for name, u in licences)
        w(f"| `{coordinates}` | {version} | {licence_cells} | {cell(url)} |")
    w("")
    w("## Fonts bundled in the API")
    w("")
    w("Embedded in every PDF the API writes (`backend/src/main/resources/fonts/`).")
    w("")
    w("| Font | Files | Licence | From |")
    w("|---|---|---|---|")
    for font, files, licence, path, origin in BUNDLED_FONTS:
        w(f"| {font} | `{files}` | [{cell(licence)}]({path}) | {cell(origin)} |")
    w("")
    w(f"## SPA (frontend): {len(frontend)} production packages")
    w("")
    w("Licences declared: " + "; ".join(f"{name} ({count})" for name, count in sorted(frontend_licences.items())) + ".")
    w("")
    w("| Package | Version | Licence | Project |")
    w("|---|---|---|---|")
    for name, version, licence, url in frontend:
        w(f"| `{name}` | {version} | {cell(licence)} | {cell(url)} |")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; fail if the committed file differs")
    args = parser.parse_args()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if unchanged_since_generated(current):
            print(f"{OUTPUT.name} is current (backend/pom.xml and frontend/package-lock.json unchanged)")
            return
        notices = stamped(render(backend_rows(), frontend_rows()))
        if current != notices:
            fail(f"{OUTPUT.name} is not current: run python3 docs/tools/third-party-notices.py and commit it")
        print(f"{OUTPUT.name} is current")
        return
    OUTPUT.write_text(stamped(render(backend_rows(), frontend_rows())), encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
