#!/usr/bin/python3
"""Self-test of check_contract.py.

The contract check guards the simulator, so it needs its own guard: a checker
that passes everything (or fails everything) would be worse than none.  These
tests run it on hand-written recordings under testdata/ against the real
vendored contract and allow-list.

Run: /usr/bin/python3 tests/contract/test_check_contract.py
"""

import io
import json
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
TESTDATA = HERE / "testdata"
sys.path.insert(0, str(HERE))

import check_contract  # noqa: E402  (needs the sys.path entry above)

MACHINE = "/v1/apps/{app_name}/machines/{machine_id}"
JSON_CT = "application/json; charset=utf-8"


def run_checker(*inputs):
    """Run the checker's main() on `inputs`; return (exit code, output text)."""
    out = io.StringIO()
    code = check_contract.main([str(i) for i in inputs], out=out)
    return code, out.getvalue()


def violation_lines(output):
    """The per-violation lines of the checker's output (file:line: ...)."""
    return [line for line in output.splitlines() if re.match(r"^\S+\.jsonl:\d+: ", line)]


def record(method, path, status, body, content_type=JSON_CT):
    """One recording line in the format hangar-sim writes."""
    return json.dumps({"method": method, "path": path, "status": status,
                       "content_type": content_type if body is not None else None, "body": body})


class CheckerTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.tmp = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def write_recording(self, *lines):
        path = self.tmp / "inline.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return self.tmp

    def assertPasses(self, *inputs):
        code, output = run_checker(*inputs)
        self.assertEqual(violation_lines(output), [])
        self.assertEqual(code, 0, output)

    def assertFailsAt(self, inputs, pointer, message_part):
        """Exit 1 and a violation at `pointer` whose message contains `message_part`."""
        code, output = run_checker(*inputs)
        self.assertEqual(code, 1, output)
        matches = [line for line in violation_lines(output)
                   if f": {pointer}: " in line and message_part in line]
        self.assertTrue(matches, f"no violation at {pointer} mentioning {message_part!r} in:\n{output}")
        return output


class RecordingTests(CheckerTestCase):
    def test_good_recording_passes(self):
        code, output = run_checker(TESTDATA / "good")
        self.assertEqual(code, 0, output)
        self.assertIn("0 violation(s)", output)
        self.assertIn("coverage (informational)", output)

    def test_invented_field_fails(self):
        output = self.assertFailsAt([TESTDATA / "invented-field"], "/config/guest/memory", "not in the schema")
        self.assertIn("sim.jsonl:1: GET " + MACHINE + " 200: ", output)

    def test_wrong_type_fails(self):
        self.assertFailsAt([TESTDATA / "wrong-type"], "/config/guest/cpus", "is not of type 'integer'")

    def test_wrong_status_fails(self):
        self.assertFailsAt([TESTDATA / "wrong-status"], "(root)", "status 201 is not documented")

    def test_empty_recording_dir_fails(self):
        code, output = run_checker(self.tmp)
        self.assertEqual(code, 1)
        self.assertIn("no recordings found", output)

    def test_recording_files_without_lines_fail(self):
        (self.tmp / "empty.jsonl").write_text("", encoding="utf-8")
        code, output = run_checker(self.tmp)
        self.assertEqual(code, 1)
        self.assertIn("no recordings found", output)

    def test_lease_envelope_passes(self):
        self.assertPasses(TESTDATA / "lease-envelope")

    def test_bare_lease_fails(self):
        self.assertFailsAt([TESTDATA / "bare-lease"], "(root)", "'data' is a required property")

    def test_capitalised_regions_passes(self):
        self.assertPasses(TESTDATA / "regions-capitalised")

    def test_lowercase_regions_fails(self):
        directory = self.write_recording(record("GET", "/v1/platform/regions", 200,
                                                {"regions": [], "nearest": "ams"}))
        self.assertFailsAt([directory], "/regions", "not in the schema")

    def test_documented_empty_status_must_be_empty(self):
        directory = self.write_recording(record("POST", MACHINE + "/metadata/{key}", 204, {"ok": True}))
        self.assertFailsAt([directory], "(root)", "declares no body")

    def test_undocumented_error_needs_error_shape(self):
        directory = self.write_recording(record("GET", MACHINE, 500, {"message": "boom"}))
        self.assertFailsAt([directory], "(root)", "'error' is a required property")

    def test_unknown_route_only_404(self):
        directory = self.write_recording(record("GET", None, 500, {"error": "boom"}))
        self.assertFailsAt([directory], "(root)", "unknown route answered 500")

    def test_malformed_line_is_a_violation(self):
        directory = self.write_recording("{not json")
        self.assertFailsAt([directory], "(root)", "line is not JSON")

    def test_command_line_exit_codes(self):
        """The script itself (as ctest runs it) exits 1 on a violation and 0 when clean."""
        script = HERE / "check_contract.py"
        bad = subprocess.run([sys.executable, str(script), str(TESTDATA / "wrong-type")],
                             capture_output=True, text=True)
        self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
        good = subprocess.run([sys.executable, str(script), str(TESTDATA / "good")],
                              capture_output=True, text=True)
        self.assertEqual(good.returncode, 0, good.stdout + good.stderr)


class ConversionTests(unittest.TestCase):
    def test_nullable_allows_null(self):
        converted = check_contract.to_json_schema({"type": "string", "nullable": True, "enum": ["a"]})
        self.assertEqual(converted, {"type": ["string", "null"], "enum": ["a", None]})

    def test_properties_close_the_object(self):
        converted = check_contract.to_json_schema({"type": "object", "properties": {"a": {}}})
        self.assertIs(converted["additionalProperties"], False)
        open_map = check_contract.to_json_schema({"type": "object", "additionalProperties": {"type": "string"}})
        self.assertEqual(open_map["additionalProperties"], {"type": "string"})

    def test_swag_allof_wrapper_drops_artefact_type(self):
        wrapper = {"type": "object", "allOf": [{"$ref": "#/components/schemas/fly.ContainerDependencyCondition"}]}
        converted = check_contract.to_json_schema(wrapper)
        self.assertNotIn("type", converted)
        self.assertEqual(converted["allOf"], [{"$ref": "#/$defs/fly.ContainerDependencyCondition"}])


class VendoredFilesTests(unittest.TestCase):
    def test_every_allowlist_entry_is_documented(self):
        allowlist = json.loads((HERE / "allowlist.json").read_text(encoding="utf-8"))
        readme = (HERE / "README.md").read_text(encoding="utf-8")
        ids = {entry["id"] for group in ("responses", "error_bodies", "properties")
               for entry in allowlist.get(group, [])}
        for entry_id in sorted(ids):
            self.assertIn(f"`{entry_id}`", readme, f"allow-list entry {entry_id} is not explained in README.md")

    def test_contract_header_names_its_source(self):
        contract = json.loads((REPO_ROOT / "tests/data/machines-api-contract.json").read_text(encoding="utf-8"))
        header = contract["_header"]
        self.assertEqual(header["derived_by"], "scripts/derive-api-contract.py")
        self.assertRegex(header["source_sha256"], r"^[0-9a-f]{64}$")

    def test_vendored_contract_is_up_to_date(self):
        """Re-deriving from the source document, when it is present, gives the committed bytes."""
        source = REPO_ROOT.parent / "shared" / "api" / "machines-openapi.json"
        if not source.exists():
            self.skipTest(f"{source} not present (fresh clone)")
        with tempfile.TemporaryDirectory() as tmp:
            output = Path(tmp) / "contract.json"
            subprocess.run([sys.executable, str(REPO_ROOT / "scripts/derive-api-contract.py"),
                            str(source), "-o", str(output)], check=True, capture_output=True)
            committed = (REPO_ROOT / "tests/data/machines-api-contract.json").read_bytes()
            self.assertEqual(output.read_bytes(), committed,
                             "tests/data/machines-api-contract.json is stale; re-run scripts/derive-api-contract.py")


if __name__ == "__main__":
    unittest.main(verbosity=2)
