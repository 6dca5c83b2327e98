#!/usr/bin/env python3
"""Quick check of a pack (and its vignettes) while authoring: python3 validate-pack.py luton"""
import json, sys, yaml, pathlib, jsonschema
here = pathlib.Path(__file__).parent
schema = json.loads((here / "pack.schema.json").read_text())
pack_id = sys.argv[1]
pack = yaml.safe_load((here / f"{pack_id}.yaml").read_text())
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(pack), key=lambda e: list(e.path))
for e in errors:
    print("SCHEMA", "/".join(map(str, e.path)), e.message[:200])
ids = [i["id"] for i in pack.get("indicators", [])]
dups = {i for i in ids if ids.count(i) > 1}
print("duplicate ids:", sorted(dups)) if dups else None
bad_prefix = [i for i in ids if not i.startswith(pack_id + ".")]
print("ids without pack prefix:", bad_prefix[:10]) if bad_prefix else None
for ind in pack.get("indicators", []):
    if f".l{ind['level']}." not in ind["id"]:
        print("level mismatch in id:", ind["id"])
vfile = here.parents[4] / "triage-service" / "src" / "test" / "resources" / "vignettes" / f"{pack_id}.yaml"
if vfile.exists():
    vs = yaml.safe_load(vfile.read_text())
    for v in vs:
        for iid in v.get("submission", {}).get("concerns", {}).get("indicatorIds", []):
            if iid not in ids:
                print("vignette", repr(v["name"]), "names unknown indicator", iid)
    print(f"{len(vs)} vignettes")
from collections import Counter
c = Counter((i["level"], i["domain"]) for i in pack.get("indicators", []))
print(len(ids), "indicators;", dict(sorted(c.items())))
print("rules:", len(pack.get("rules", [])), "errors:", len(errors))
