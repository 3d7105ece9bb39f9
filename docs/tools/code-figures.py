#!/usr/bin/env python3
"""Prints the size and boundary figures of the code, the ones issue 16 asked to measure before and after.

    python3 docs/tools/code-figures.py            # the working tree
    python3 docs/tools/code-figures.py --rev REV  # a commit (read with git, nothing checked out)

Figures: files over 400 lines (backend main Java; SPA TypeScript without the generated schema and tests),
the longest Java methods, public top-level types per backend feature, public classes of the internal
layers (Service, Repository, Entity, Mapper) and the "For X:" helper comments left on services.
Method lengths count from the declaration line to the closing brace; a rough brace count, good for
ranking, not a parser. Only the Python standard library is used.
"""

import argparse
import re
import subprocess
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JAVA = "backend/src/main/java/it/zonale/"
PUBLIC_TYPE = re.compile(
    r"^public (?:final |abstract |sealed |non-sealed )*(class|record|enum|interface|@interface) ", re.M
)
METHOD = re.compile(
    r"^\s+(?:(?:public|private|protected|static|final|synchronized|abstract|default)\s+)*"
    r"(?:<[^>]+>\s+)?[\w<>\[\],.? ]+?\s+(\w+)\s*\("
)
NOT_METHODS = {"if", "for", "while", "switch", "catch", "return", "new", "else", "try", "throw"}


def files(rev):
    """Path -> text of the tracked files of interest, at a commit or in the working tree."""
    cmd = ["git", "ls-tree", "-r", "--name-only", rev] if rev else ["git", "ls-files"]
    names = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    wanted = [
        n
        for n in names
        if (n.startswith(JAVA) and n.endswith(".java"))
        or (n.startswith("frontend/src/") and re.search(r"\.tsx?$", n))
    ]
    out = {}
    for n in wanted:
        if rev:
            out[n] = subprocess.run(
                ["git", "show", f"{rev}:{n}"], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout
        elif (ROOT / n).exists():
            out[n] = (ROOT / n).read_text(encoding="utf-8")
    return out


def methods(text):
    """(lines, name) of each method or constructor with a body."""
    lines = text.split("\n")
    found, i = [], 0
    while i < len(lines):
        m = METHOD.match(lines[i])
        head = lines[i].split("(")[0]
        if m and m.group(1) not in NOT_METHODS and "=" not in head and not lines[i].rstrip().endswith(";"):
            depth, j, opened = 0, i, False
            while j < len(lines):
                code = re.sub(r'"(?:\\.|[^"\\])*"', '""', lines[j])
                if ";" in code and not opened and depth == 0 and "{" not in code:
                    break
                depth += code.count("{") - code.count("}")
                opened |= "{" in code
                if opened and depth <= 0:
                    break
                j += 1
            if opened:
                found.append((j - i + 1, m.group(1)))
                i = j
        i += 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", help="a commit to measure instead of the working tree")
    parser.add_argument("--methods", type=int, default=8, help="how many of the longest methods to list")
    args = parser.parse_args()
    tree = files(args.rev)
    java = {n: t for n, t in tree.items() if n.startswith(JAVA)}
    spa = {
        n: t
        for n, t in tree.items()
        if n.startswith("frontend/src/") and not n.endswith("schema.d.ts") and ".test." not in n
    }

    def count(t):
        return t.count("\n") + (0 if t.endswith("\n") or not t else 1)

    print(f"measured: {args.rev or 'working tree'}")
    big_java = sorted(((count(t), n) for n, t in java.items() if count(t) > 400), reverse=True)
    print(f"backend Java files over 400 lines: {len(big_java)}")
    for size, n in big_java:
        print(f"  {size:5d} {n[len(JAVA):]}")
    print(f"SPA source files over 400 lines: {sum(count(t) > 400 for t in spa.values())}")
    print(f"SPA source files over 250 lines: {sum(count(t) > 250 for t in spa.values())}")
    longest = sorted(
        ((size, f"{Path(n).stem}.{name}") for n, t in java.items() for size, name in methods(t)), reverse=True
    )
    print(f"longest Java methods (lines): {', '.join(f'{name} {size}' for size, name in longest[: args.methods])}")
    per_feature = defaultdict(lambda: [0, 0])
    internal_public = []
    for n, t in java.items():
        feature = n[len(JAVA):].split("/")[0]
        if "/" not in n[len(JAVA):] or feature == "shared":
            continue
        per_feature[feature][1] += 1
        if PUBLIC_TYPE.search(t):
            per_feature[feature][0] += 1
            if re.search(r"(Service|Repository|Entity|Mapper)\.java$", n) and re.search(r"^public [\w ]*class ", t, re.M):
                internal_public.append(Path(n).stem)
    public, total = (sum(v[i] for v in per_feature.values()) for i in (0, 1))
    print(f"public top-level types in features: {public} of {total} files")
    print("  " + ", ".join(f"{f} {p}/{a}" for f, (p, a) in sorted(per_feature.items())))
    print(f"public Service/Repository/Entity/Mapper classes: {len(internal_public)} {sorted(internal_public)}")
    helpers = sum(len(re.findall(r"For [a-zA-Z ]*:", t)) for t in java.values())
    print(f'"For X:" comments in backend Java: {helpers}')


if __name__ == "__main__":
    main()
