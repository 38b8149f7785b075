#!/usr/bin/env python3
"""Vendor the response structure of the Fly Machines OpenAPI document.

The contract check (tests/contract/check_contract.py) validates what the
simulator sends against the official API document.  The document itself lives
outside the repository (/work/shared/api), but a fresh clone must still be able
to run the check, so this script extracts just what the check needs and writes
it to tests/data/machines-api-contract.json, which is committed:

* for every path and method: each response status, its media types and the
  schema of each media type (an empty "content" means "no body");
* every component schema reachable from those response schemas;
* only structural keywords.  Descriptions, examples, x-* extensions and the
  like are dropped so the vendored file changes only when the *shape* of the
  API changes, which keeps diffs on re-vendoring meaningful.

Output is deterministic (sorted keys, 1-space indent, trailing newline), so
re-running on the same document produces no diff.  Standard library only; runs
with Debian 12's /usr/bin/python3.

Usage:
    /usr/bin/python3 scripts/derive-api-contract.py [OPENAPI_JSON] [-o OUTPUT]
"""

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT / ".." / "shared" / "api" / "machines-openapi.json"
DEFAULT_OUTPUT = REPO_ROOT / "tests" / "data" / "machines-api-contract.json"
SCRIPT_NAME = "scripts/derive-api-contract.py"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"

# Keywords whose values are plain data and are copied verbatim.
VERBATIM_KEYWORDS = ("type", "required", "enum", "nullable", "format", "$ref")
# Keywords whose values are a single sub-schema (or, for
# additionalProperties, possibly a boolean).
SUBSCHEMA_KEYWORDS = ("items", "additionalProperties", "not")
# Keywords whose values are lists of sub-schemas.
SCHEMA_LIST_KEYWORDS = ("allOf", "oneOf", "anyOf")
KEPT_KEYWORDS = sorted(VERBATIM_KEYWORDS + SUBSCHEMA_KEYWORDS + SCHEMA_LIST_KEYWORDS
                       + ("properties",))


def strip_schema(schema):
    """Return a copy of `schema` with only structural keywords, recursively.

    Property *names* under `properties` are data, not keywords, so all of them
    are kept; their values are schemas and are stripped in turn.
    """
    if not isinstance(schema, dict):
        return schema  # e.g. additionalProperties: true/false
    out = {}
    for key in VERBATIM_KEYWORDS:
        if key in schema:
            out[key] = schema[key]
    if "properties" in schema:
        out["properties"] = {name: strip_schema(sub)
                             for name, sub in schema["properties"].items()}
    for key in SUBSCHEMA_KEYWORDS:
        if key in schema:
            out[key] = strip_schema(schema[key])
    for key in SCHEMA_LIST_KEYWORDS:
        if key in schema:
            out[key] = [strip_schema(sub) for sub in schema[key]]
    return out


def referenced_schema_names(schema):
    """Yield the component names referenced anywhere inside `schema`."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith(SCHEMA_REF_PREFIX):
                raise ValueError(f"unsupported $ref {ref!r}: only {SCHEMA_REF_PREFIX}* is handled")
            yield ref[len(SCHEMA_REF_PREFIX):]
        for value in schema.values():
            yield from referenced_schema_names(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from referenced_schema_names(value)


def derive_operations(document):
    """Map path -> method -> {"responses": status -> {"content": media -> schema}}."""
    operations = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue  # path-level "parameters", "summary", ...
            responses = {}
            for status, response in operation.get("responses", {}).items():
                if "$ref" in response:
                    raise ValueError(f"{method} {path} {status}: response $ref is not supported")
                content = {media: strip_schema(body.get("schema", {}))
                           for media, body in (response.get("content") or {}).items()}
                responses[str(status)] = {"content": content}
            operations.setdefault(path, {})[method] = {"responses": responses}
    return operations


def reachable_schemas(document, operations):
    """Return the stripped component schemas reachable from the responses.

    Request-only schemas are left out: the check never looks at requests, and
    leaving them out keeps the vendored file about what it is used for.
    """
    components = document.get("components", {}).get("schemas", {})
    pending = sorted(set(referenced_schema_names(operations)))
    result = {}
    while pending:
        name = pending.pop()
        if name in result:
            continue
        if name not in components:
            raise ValueError(f"$ref to missing component schema {name!r}")
        result[name] = strip_schema(components[name])
        pending.extend(n for n in referenced_schema_names(result[name]) if n not in result)
    return result


def build_contract(source_bytes, source_name):
    """Build the vendored contract object from the raw document bytes."""
    document = json.loads(source_bytes)
    operations = derive_operations(document)
    return {
        "_header": {
            "derived_by": SCRIPT_NAME,
            "do_not_edit": "Generated file. Re-run the script instead of editing by hand.",
            "kept_keywords": KEPT_KEYWORDS,
            "regenerate": f"/usr/bin/python3 {SCRIPT_NAME} [path/to/machines-openapi.json]",
            "source_file": source_name,
            "source_info_version": document.get("info", {}).get("version"),
            "source_openapi": document.get("openapi"),
            "source_sha256": hashlib.sha256(source_bytes).hexdigest(),
        },
        "operations": operations,
        "schemas": reachable_schemas(document, operations),
    }


def render(contract):
    """Serialise deterministically: sorted keys, 1-space indent, final newline."""
    return json.dumps(contract, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE),
                        help="OpenAPI document (default: ../shared/api/machines-openapi.json "
                             "relative to the repository root)")
    parser.add_argument("-o", "--output", default=str(DEFAULT_OUTPUT),
                        help="where to write the contract (default: tests/data/machines-api-contract.json)")
    args = parser.parse_args(argv)

    source = Path(args.source)
    try:
        source_bytes = source.read_bytes()
    except OSError as err:
        print(f"error: cannot read OpenAPI document: {err}", file=sys.stderr)
        return 2
    contract = build_contract(source_bytes, source.name)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(contract), encoding="utf-8")
    operation_count = sum(len(methods) for methods in contract["operations"].values())
    print(f"wrote {output}: {operation_count} operations, {len(contract['schemas'])} schemas, "
          f"source sha256 {contract['_header']['source_sha256']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
