#!/usr/bin/env python3
"""Sets "reviewed": DATE on the lessons and guidance articles named in a list file (one id a line, # comments),
keeping the recipes' JSON formatting. Usage: tools/set_reviewed.py LIST DATE"""
import glob
import json
import sys

ids = {line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip() and not line.startswith("#")}
date = sys.argv[2]
found = set()
for path in sorted(glob.glob("content-recipes/*.recipe.json")):
    with open(path, encoding="utf-8") as f:
        recipe = json.load(f)
    changed = False
    for step in recipe.get("steps", []):
        items = [lesson for course in step.get("courses", []) for lesson in course.get("lessons", [])] + step.get("articles", [])
        for item in items:
            if item.get("id") in ids:
                found.add(item["id"])
                if item.get("reviewed") != date:
                    item["reviewed"] = date
                    changed = True
    if changed:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(recipe, f, indent=2, ensure_ascii=False)
            f.write("\n")
missing = ids - found
if missing:
    sys.exit(f"not found: {sorted(missing)}")
print(f"{len(found)} items dated {date}")
