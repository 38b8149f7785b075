#!/usr/bin/python3
"""Check recorded hangar-sim responses against the vendored Machines API contract.

Why this exists: the simulator is only useful if it answers like the live
API.  When HANGAR_CONTRACT_DIR is set, hangar-sim appends every response it
sends to a JSON Lines file there; this script validates each of them against
tests/data/machines-api-contract.json (derived from the official OpenAPI
document by scripts/derive-api-contract.py), corrected by allowlist.json where
the live API is known to differ from the document (see README.md).

Object schemas that list `properties` are treated as closed: the document has
almost no `required` lists, so without that an invented or misspelled field
would pass unnoticed.

Usage:
    /usr/bin/python3 tests/contract/check_contract.py RECORDINGS_DIR_OR_FILE... \
        [--contract tests/data/machines-api-contract.json] \
        [--allowlist tests/contract/allowlist.json]

Exit status: 0 = every response conforms, 1 = violations or no recordings at
all, 2 = the check itself could not run (missing jsonschema, unreadable
contract or allow-list).
"""

import argparse
import copy
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover - depends on the machine
    jsonschema = None
    Draft202012Validator = None

HERE = Path(__file__).resolve().parent
DEFAULT_CONTRACT = HERE.parent / "data" / "machines-api-contract.json"
DEFAULT_ALLOWLIST = HERE / "allowlist.json"

OPENAPI_REF_PREFIX = "#/components/schemas/"
JSON_MEDIA_TYPE = "application/json"
HANGAR_SCHEMA_PREFIX = "x-hangar."

# Generic error body for statuses an operation does not document
# (API-NOTES.md section 2, shape 1): {"error": string, "status"?, "details"?}.
GENERIC_ERROR_SCHEMA = {"$ref": OPENAPI_REF_PREFIX + "ErrorResponse", "required": ["error"]}


class SetupError(Exception):
    """The check cannot run at all (as opposed to a response violating it)."""


# --------------------------------------------------------------------------
# Schema conversion: OpenAPI 3.0 dialect -> JSON Schema 2020-12
# --------------------------------------------------------------------------

def escape_pointer_token(token):
    """Escape one JSON pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def rewrite_ref(ref):
    """Point an OpenAPI component $ref at the $defs of the generated root schema."""
    if not ref.startswith(OPENAPI_REF_PREFIX):
        raise SetupError(f"unsupported $ref {ref!r}")
    return "#/$defs/" + escape_pointer_token(ref[len(OPENAPI_REF_PREFIX):])


def is_single_ref_allof(schema):
    """True for swag's `{"type": ..., "allOf": [{"$ref": X}]}` description wrapper."""
    all_of = schema.get("allOf")
    return (isinstance(all_of, list) and len(all_of) == 1
            and isinstance(all_of[0], dict) and set(all_of[0]) == {"$ref"}
            and "properties" not in schema)


def to_json_schema(schema):
    """Convert one OpenAPI 3.0 schema to JSON Schema 2020-12, recursively.

    * `$ref`s are rewritten to `#/$defs/...`.
    * `nullable: true` becomes an allowance for null.
    * Objects that list `properties` without `additionalProperties` are
      closed (the point of the check, see the module docstring).
    * swag wraps a `$ref` in `allOf` to attach a description and always adds
      `type: object` next to it, even when the target is a string enum
      (e.g. fly.ContainerDependency.condition); that sibling `type` is an
      artefact of the conversion and is dropped so the target decides.
    * `format` is informational only and not asserted.
    """
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key == "properties":
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = to_json_schema(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [to_json_schema(sub) for sub in value]
        elif key == "$ref":
            out[key] = rewrite_ref(value)
        elif key in ("nullable", "format"):
            continue
        else:
            out[key] = copy.deepcopy(value)
    if is_single_ref_allof(schema):
        out.pop("type", None)
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    if schema.get("nullable") is True:
        out = allow_null(out)
    return out


def allow_null(schema):
    """Return `schema` widened to also accept JSON null."""
    composite = any(k in schema for k in ("$ref", "allOf", "anyOf", "oneOf"))
    if composite or not isinstance(schema.get("type"), str):
        return {"anyOf": [schema, {"type": "null"}]}
    widened = dict(schema, type=[schema["type"], "null"])
    if "enum" in widened:
        widened["enum"] = list(widened["enum"]) + [None]
    return widened


# --------------------------------------------------------------------------
# Contract + allow-list
# --------------------------------------------------------------------------

def load_json(path, what):
    """Read a JSON file or raise SetupError naming what it was for."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SetupError(f"cannot read {what} {path}: {err}") from err


def split_operation(text, with_status):
    """Parse "METHOD /path [status]" from the allow-list."""
    parts = text.split()
    if len(parts) != (3 if with_status else 2):
        raise SetupError(f"allow-list: malformed operation {text!r}")
    method, path = parts[0].lower(), parts[1]
    return (method, path, int(parts[2])) if with_status else (method, path)


@dataclass
class Expectation:
    """What a response to one (method, path, status) may look like.

    `schemas` maps each acceptable media type to the body's schema; an empty
    map means the body must be empty.  `empty_ok` additionally allows an empty
    body next to the schemas.  `origin` says where the rule came from, for
    messages.
    """
    schemas: dict
    empty_ok: bool = False
    origin: str = ""


@dataclass
class Contract:
    """The vendored contract with the allow-list folded in."""
    operations: dict
    defs: dict
    response_overrides: dict = field(default_factory=dict)
    error_alternatives: dict = field(default_factory=dict)

    def has_operation(self, method, path):
        return method in self.operations.get(path, {})


def patch_properties(schemas, entries):
    """Apply the allow-list's per-schema property entries to `schemas` in place."""
    for entry in entries:
        for name in entry["schemas"]:
            target = schemas.get(name)
            if target is None or "properties" not in target:
                raise SetupError(f"allow-list {entry['id']}: no object schema {name!r} in the contract")
            if "pattern" in entry:
                target.setdefault("patternProperties", {})[entry["pattern"]] = entry["definition"]
                continue
            props = target["properties"]
            replaced = entry.get("replaces")
            if replaced is not None:
                if replaced not in props:
                    raise SetupError(f"allow-list {entry['id']}: {name} has no property {replaced!r}")
                del props[replaced]
            props[entry["property"]] = entry["definition"]


def build_contract(contract_doc, allowlist):
    """Merge the contract and the allow-list; validate the allow-list's references."""
    schemas = copy.deepcopy(contract_doc["schemas"])
    extra = allowlist.get("schemas", {})
    for name in extra:
        if not name.startswith(HANGAR_SCHEMA_PREFIX) or name in schemas:
            raise SetupError(f"allow-list schema {name!r} must be new and start with {HANGAR_SCHEMA_PREFIX!r}")
    schemas.update(copy.deepcopy(extra))
    patch_properties(schemas, allowlist.get("properties", []))

    contract = Contract(operations=contract_doc["operations"],
                        defs={name: to_json_schema(s) for name, s in schemas.items()})
    for entry in allowlist.get("responses", []):
        for text in entry["operations"]:
            method, path, status = split_operation(text, with_status=True)
            require_operation(contract, method, path, entry["id"])
            if (method, path, status) in contract.response_overrides:
                raise SetupError(f"allow-list {entry['id']}: {text} is listed twice")
            media_types = entry.get("content_types", [JSON_MEDIA_TYPE])
            contract.response_overrides[(method, path, status)] = Expectation(
                schemas={media: entry["schema"] for media in media_types},
                empty_ok=bool(entry.get("empty_body_ok", False)),
                origin=f"allow-list {entry['id']}")
    for entry in allowlist.get("error_bodies", []):
        for text in entry["operations"]:
            method, path = split_operation(text, with_status=False)
            require_operation(contract, method, path, entry["id"])
            contract.error_alternatives.setdefault((method, path), []).append(entry["schema"])
    check_refs_resolve(contract)
    return contract


def require_operation(contract, method, path, entry_id):
    """Reject allow-list entries naming operations the document does not have (typos)."""
    if not contract.has_operation(method, path):
        raise SetupError(f"allow-list {entry_id}: {method.upper()} {path} is not in the contract")


def check_refs_resolve(contract):
    """Fail early if any schema points at a $def that does not exist."""
    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                name = ref[len("#/$defs/"):].replace("~1", "/").replace("~0", "~")
                if name not in contract.defs:
                    raise SetupError(f"$ref to unknown schema {name!r}")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(contract.defs)
    walk([to_json_schema(s) for e in contract.response_overrides.values() for s in e.schemas.values()])
    walk([to_json_schema(s) for alts in contract.error_alternatives.values() for s in alts])


# --------------------------------------------------------------------------
# Deciding what a response should look like
# --------------------------------------------------------------------------

def error_expectation(contract, method, path, origin):
    """Expectation for an error status the operation does not document."""
    alternatives = contract.error_alternatives.get((method, path), [])
    schema = {"anyOf": [GENERIC_ERROR_SCHEMA] + alternatives} if alternatives else GENERIC_ERROR_SCHEMA
    return Expectation(schemas={JSON_MEDIA_TYPE: schema}, origin=origin)


def documented_expectation(response):
    """Expectation for a status the document lists (an empty content = no body)."""
    content = response.get("content") or {}
    return Expectation(schemas=dict(content), origin="document")


def expectation_for(contract, method, path, status):
    """Return (Expectation, None) or (None, reason the status itself is wrong)."""
    if path is None:
        if status == 404:
            return error_expectation(contract, None, None, "unknown route"), None
        return None, f"unknown route answered {status}; only 404 with an error body is acceptable"
    if path not in contract.operations:
        return None, "path is not in the API document"
    if not contract.has_operation(method, path):
        if status in (404, 405):
            return error_expectation(contract, None, None, "method not in document"), None
        return None, f"{method.upper()} is not documented for this path, yet answered {status}"
    override = contract.response_overrides.get((method, path, status))
    if override is not None:
        return override, None
    response = contract.operations[path][method]["responses"].get(str(status))
    if response is not None:
        return documented_expectation(response), None
    if status >= 400:
        return error_expectation(contract, method, path, "undocumented error status"), None
    documented = ", ".join(sorted(contract.operations[path][method]["responses"]))
    return None, f"status {status} is not documented for this operation (documented: {documented})"


# --------------------------------------------------------------------------
# Validating one body
# --------------------------------------------------------------------------

class BodyValidator:
    """Builds and caches one jsonschema validator per distinct schema."""

    def __init__(self, contract):
        self._defs = contract.defs
        self._cache = {}

    def errors(self, schema, instance):
        """Return [(json_pointer, message)] for `instance` against an OpenAPI `schema`."""
        key = json.dumps(schema, sort_keys=True)
        validator = self._cache.get(key)
        if validator is None:
            root = dict(to_json_schema(schema))
            root["$defs"] = self._defs
            validator = Draft202012Validator(root)
            self._cache[key] = validator
        found = []
        for error in validator.iter_errors(instance):
            found.extend(describe_error(error))
        return found


def json_pointer(parts):
    """Render an error's absolute path as a JSON pointer; the root is shown as (root)."""
    pointer = "".join("/" + escape_pointer_token(p) for p in parts)
    return pointer or "(root)"


def describe_error(error):
    """Turn one jsonschema error into precise (pointer, message) pairs.

    * A closed object rejecting properties yields one line per unexpected
      property, pointing at the property itself.
    * anyOf/oneOf failures descend into the alternative that got furthest
      (deepest error path), which is the one the response evidently meant;
      otherwise the generic "is not valid under any" message would hide the
      actual mistake.
    """
    if error.validator == "additionalProperties" and error.validator_value is False \
            and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extras = sorted(k for k in error.instance if k not in allowed)
        if extras:
            return [(json_pointer(list(error.absolute_path) + [k]),
                     f"property {k!r} is not in the schema (objects are closed)") for k in extras]
    if error.validator in ("anyOf", "oneOf") and error.context:
        branch = best_branch(error.context)
        if branch:
            found = []
            for sub in branch:
                found.extend(describe_error(sub))
            return found
    return [(json_pointer(error.absolute_path), error.message)]


def best_branch(context):
    """Pick the errors of the anyOf/oneOf alternative the instance evidently meant.

    An alternative whose type already fails at the instance itself (e.g. the
    `null` half of a nullable object) is the least likely one; among the rest
    the one with the fewest errors wins.  Returns None when every alternative
    fails on type at the instance, where the combined message is clearest.
    """
    branches = {}
    for sub in context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    base = min(len(e.absolute_path) for e in context)

    def wrong_type(errors):
        return any(e.validator == "type" and len(e.absolute_path) == base for e in errors)

    if all(wrong_type(errs) for errs in branches.values()):
        return None
    return min(branches.items(), key=lambda kv: (wrong_type(kv[1]), len(kv[1]), kv[0]))[1]


def media_type(content_type):
    """Return the bare, lower-case media type of a Content-Type value."""
    return (content_type or "").split(";")[0].strip().lower()


def check_body(validator, expectation, record):
    """Return [(pointer, message)] for the recorded body against `expectation`."""
    body, raw = record.get("body"), record.get("raw")
    if body is None and raw in (None, ""):
        if not expectation.schemas or expectation.empty_ok:
            return []
        return [("(root)", f"empty body, but {expectation.origin} expects a JSON body")]
    if not expectation.schemas:
        shown = raw if raw is not None else json.dumps(body)
        return [("(root)", f"{expectation.origin} declares no body for this status, got {shown[:120]!r}")]

    problems = []
    media = media_type(record.get("content_type"))
    schema = expectation.schemas.get(media)
    if schema is None:
        problems.append(("(root)", f"Content-Type {record.get('content_type')!r} is not one of "
                                   f"{sorted(expectation.schemas)}"))
        schema = next(iter(expectation.schemas.values()))  # still report body problems
    if raw is None:
        problems.extend(validator.errors(schema, body))
    elif media.startswith("text/"):
        problems.extend(validator.errors(schema, raw))  # text/plain bodies are JSON strings
    else:
        problems.append(("(root)", f"body is not valid JSON: {raw[:120]!r}"))
    return problems


def check_unknown_route_body(validator, expectation, record):
    """Unknown routes may answer JSON errors or plain text (API-NOTES section 2, shape 3)."""
    raw = record.get("raw")
    if raw is not None and raw.strip():
        return []
    return check_body(validator, expectation, record)


# --------------------------------------------------------------------------
# Reading recordings
# --------------------------------------------------------------------------

@dataclass
class Violation:
    file: str
    line: int
    method: str
    path: object
    status: object
    pointer: str
    message: str

    def __str__(self):
        return (f"{self.file}:{self.line}: {self.method} {self.path if self.path is not None else '<no route>'} "
                f"{self.status}: {self.pointer}: {self.message}")


def recording_files(inputs):
    """Expand directories to their *.jsonl files (sorted, non-recursive)."""
    files = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(p.glob("*.jsonl")))
        elif p.is_file():
            files.append(p)
    return files


def read_records(files):
    """Yield (file, line_number, record_or_None, parse_error_or_None) for non-blank lines."""
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as err:
                    yield path, number, None, f"line is not JSON: {err}"
                    continue
                problem = record_shape_problem(record)
                yield path, number, (None if problem else record), problem


def record_shape_problem(record):
    """Return why a parsed line is not a recording, or None if it is one."""
    if not isinstance(record, dict):
        return "recording is not a JSON object"
    if not isinstance(record.get("method"), str):
        return "recording has no string 'method'"
    if "path" not in record or not (record["path"] is None or isinstance(record["path"], str)):
        return "recording needs 'path' (route template string or null)"
    if not isinstance(record.get("status"), int) or isinstance(record.get("status"), bool):
        return "recording has no integer 'status'"
    if "body" not in record:
        return "recording has no 'body' (null for an empty body)"
    return None


# --------------------------------------------------------------------------
# Running the check
# --------------------------------------------------------------------------

@dataclass
class Result:
    violations: list = field(default_factory=list)
    checked: int = 0
    files: int = 0
    exercised: set = field(default_factory=set)  # (method, path) answered with 2xx


def check_record(contract, validator, record):
    """Return [(pointer, message)] for one well-formed recording."""
    method, path, status = record["method"].lower(), record["path"], record["status"]
    expectation, reason = expectation_for(contract, method, path, status)
    if expectation is None:
        return [("(root)", reason)]
    if path is None or not contract.has_operation(method, path):
        return check_unknown_route_body(validator, expectation, record)
    return check_body(validator, expectation, record)


def run_check(contract, inputs):
    """Check every recording found in `inputs` (directories or files)."""
    validator = BodyValidator(contract)
    result = Result()
    files = recording_files(inputs)
    result.files = len(files)
    for path, number, record, problem in read_records(files):
        result.checked += 1
        if record is None:
            result.violations.append(Violation(str(path), number, "?", None, "?", "(root)", problem))
            continue
        for pointer, message in check_record(contract, validator, record):
            result.violations.append(Violation(str(path), number, record["method"].upper(),
                                               record["path"], record["status"], pointer, message))
        if 200 <= record["status"] < 300 and record["path"] is not None:
            result.exercised.add((record["method"].lower(), record["path"]))
    return result


def success_operations(contract):
    """All (method, path) of the document that document at least one 2xx status."""
    return sorted((method, path)
                  for path, methods in contract.operations.items()
                  for method, op in methods.items()
                  if any(s.startswith("2") for s in op["responses"]))


def print_report(contract, result, inputs, out):
    """Print violations, then the informational coverage summary."""
    for violation in result.violations:
        print(violation, file=out)
    documented = success_operations(contract)
    hit = [op for op in documented if op in result.exercised]
    missed = [op for op in documented if op not in result.exercised]
    print(f"\ncontract check: {result.checked} responses in {result.files} file(s) from "
          f"{', '.join(str(i) for i in inputs)}; {len(result.violations)} violation(s)", file=out)
    print(f"coverage (informational): {len(hit)} of {len(documented)} documented operations "
          f"answered with a 2xx status", file=out)
    for title, ops in (("exercised", hit), ("not exercised", missed)):
        print(f"  {title} ({len(ops)}):", file=out)
        for method, path in ops:
            print(f"    {method.upper():6} {path}", file=out)


def load(contract_path, allowlist_path):
    """Load and merge contract + allow-list; raise SetupError on any problem."""
    if jsonschema is None:
        raise SetupError("the Python module 'jsonschema' is missing; install Debian's python3-jsonschema "
                         "and run this script with /usr/bin/python3")
    contract_doc = load_json(contract_path, "contract")
    allowlist = load_json(allowlist_path, "allow-list")
    try:
        return build_contract(contract_doc, allowlist)
    except (KeyError, TypeError, ValueError) as err:
        raise SetupError(f"malformed contract or allow-list: {err!r}") from err


def main(argv=None, out=sys.stdout):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recordings", nargs="+",
                        help="directory holding *.jsonl recordings (HANGAR_CONTRACT_DIR), or .jsonl files")
    parser.add_argument("--contract", default=str(DEFAULT_CONTRACT))
    parser.add_argument("--allowlist", default=str(DEFAULT_ALLOWLIST))
    args = parser.parse_args(argv)
    try:
        contract = load(args.contract, args.allowlist)
    except SetupError as err:
        print(f"contract check cannot run: {err}", file=out)
        return 2
    result = run_check(contract, args.recordings)
    if result.checked == 0:
        print(f"contract check FAILED: no recordings found in {', '.join(args.recordings)} "
              f"(expected *.jsonl files written by hangar-sim with HANGAR_CONTRACT_DIR set). "
              f"A broken recorder must not pass silently.", file=out)
        return 1
    print_report(contract, result, args.recordings, out)
    return 1 if result.violations else 0


if __name__ == "__main__":
    sys.exit(main())
