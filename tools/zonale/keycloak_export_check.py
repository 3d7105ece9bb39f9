#!/usr/bin/env python3
"""Checks a Keycloak export of the realm zonale before `./zonale backup` keeps it and before
`./zonale restore` imports it: one realm named zonale, Zonale's clients (zonale-api, zonale-spa) and
realm roles, at least one user, and every user with a credential (a password hash), so that a restore
gives people their logins back. Prints a one-line summary (realm, clients, roles, users).

Usage: keycloak_export_check.py FILE      exit 0 = a usable export, 1 = not (reasons printed)
       keycloak_export_check.py --self-test REALM_JSON   the check accepts a realm with users and
                                          refuses broken variants (run by ./zonale test)
"""
import copy
import json
import sys

REQUIRED_CLIENTS = ("zonale-api", "zonale-spa")


def problems(realm):
    out = []
    if not isinstance(realm, dict):
        return ["not a JSON object (a realm representation)"]
    if realm.get("realm") != "zonale":
        out.append(f"realm is {realm.get('realm')!r}, not 'zonale'")
    clients = {c.get("clientId") for c in realm.get("clients", [])}
    for c in REQUIRED_CLIENTS:
        if c not in clients:
            out.append(f"client {c} is missing")
    roles = {r.get("name") for r in (realm.get("roles") or {}).get("realm", [])}
    if not roles:
        out.append("no realm roles")
    users = realm.get("users") or []
    if not users:
        out.append("no users: export with --users same_file (or realm_file)")
    bare = [u.get("username") for u in users if not u.get("credentials") and not u.get("serviceAccountClientId")]
    if bare:
        out.append(f"users without credentials: {', '.join(sorted(bare)[:5])}{' ...' if len(bare) > 5 else ''}")
    return out


def summary(realm):
    return (f"realm {realm.get('realm')}: {len(realm.get('clients', []))} clients, "
            f"{len((realm.get('roles') or {}).get('realm', []))} realm roles, {len(realm.get('users') or [])} users")


def self_test(path):
    with open(path, encoding="utf-8") as f:
        good = json.load(f)
    ok = not problems(good)
    print(f"{'ok  ' if ok else 'FAIL'} accepted: {path} ({summary(good)})")
    broken = []
    b = copy.deepcopy(good); b.pop("users", None); broken.append(("without users", b))
    b = copy.deepcopy(good); b["realm"] = "master"; broken.append(("another realm", b))
    b = copy.deepcopy(good); b["clients"] = [c for c in b["clients"] if c["clientId"] != "zonale-spa"]; broken.append(("without the SPA client", b))
    b = copy.deepcopy(good); b["users"][0].pop("credentials", None); broken.append(("a user without credentials", b))
    for label, realm in broken:
        found = problems(realm)
        ok &= bool(found)
        print(f"{'ok  ' if found else 'FAIL'} refused: {label}{': ' + found[0] if found else ''}")
    return 0 if ok else 1


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            realm = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{argv[1]}: not a readable JSON file: {e}")
        return 1
    found = problems(realm)
    for p in found:
        print(f"{argv[1]}: {p}")
    if not found:
        print(summary(realm))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
