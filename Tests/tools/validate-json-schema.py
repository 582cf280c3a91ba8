#!/usr/bin/env python3
"""Validate a JSON document against a JSON Schema: validate-json-schema.py SCHEMA DOCUMENT.
Prints 'valid' and exits 0, or prints every error and exits 1 (2 if jsonschema is missing)."""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema is not installed (pip install jsonschema)")
    sys.exit(2)

schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft7Validator(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for error in errors:
    print("/".join(str(p) for p in error.path) + ": " + error.message)
print("valid" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
