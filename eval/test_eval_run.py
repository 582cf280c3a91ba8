"""Tests for eval/run's validation and scoring arithmetic, with a fake factlint that prints fixed JSON.

Run from the repository root with `python3 -m unittest discover -s eval -p 'test_*.py'`,
`python3 -m unittest eval/test_eval_run.py`, or `python3 -m pytest eval/`. Standard library only.
"""

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = os.path.join(HERE, "run")

ARTICLE_A = [
    "Headline here",
    "The mayor, Jane Smyth, said he would stay.",
    "Advertisement",
    '"Quote words here," she said.',
    "Prices rose 8% to $5 million.",
]
ARTICLE_B = [
    "Second headline",
    "Jane Smith spoke on Tuesday.",
]

KEY = [
    ("01_a.txt", 2, "Smyth", "name-spelling"),
    ("01_a.txt", 2, "he would", "pronoun"),
    ("01_a.txt", 3, "Advertisement", "boilerplate"),
    ("01_a.txt", 4, "words here", "quote-drift"),
    ("01_a.txt", 5, "$5 million", "magnitude"),
    ("02_b.txt", 2, "Tuesday", "weekday"),
]
TRAPS = [
    ("01_a.txt", 5, "8%", "numeric-fact"),
    ("02_b.txt", 2, "Jane Smith", "name-spelling"),
    ("01_a.txt", 1, "Headline", "variant"),
]

FAKE = textwrap.dedent("""\
    #!/usr/bin/env python3
    import json, os, sys
    args = sys.argv[1:]
    log = os.environ.get("FAKE_LOG")
    if log:
        with open(log, "a") as fh:
            fh.write(json.dumps({"args": args, "cwd": os.getcwd(), "cwdEntries": os.listdir(os.getcwd())}) + "\\n")
    if "--rules" in args:
        src = os.environ.get("FAKE_PACK")
    else:
        src = os.environ.get("FAKE_NORULES")
        if not src:
            sys.stderr.write("factlint: %s/rules: rules folder not found (use --rules DIR)\\n" % os.getcwd())
            sys.exit(2)
    with open(src) as fh:
        sys.stdout.write(fh.read())
    sys.exit(1)
""")


def col(line, text, delta=0):
    """1-based column of text on line, plus delta."""
    return line.index(text) + 1 + delta


def diag(path, line, column, rule="r", message="m", related=()):
    return {"rule": rule, "severity": "warning", "message": message, "path": path, "line": line,
            "column": column, "endLine": line, "endColumn": column + 1,
            "related": [{"path": p, "line": l, "column": c, "endLine": l, "endColumn": c + 1, "message": "note"}
                        for p, l, c in related],
            "replacement": None}


def envelope(diags):
    return {"version": 1, "tool": "factlint", "toolVersion": "0", "filesChecked": 2, "diagnostics": diags}


A2, B2 = ARTICLE_A[1], ARTICLE_B[1]
HE_END = col(A2, "he would") + len("he would")           # exclusive end column of 'he would'

PACK_FINDINGS = [
    diag("/x/01_a.txt", 2, col(A2, "Smyth", -2), "spell", "F1 two columns before the span: hit"),
    diag("/x/01_a.txt", 2, HE_END + 2, "pron", "F2 three past the last column: miss"),
    diag("/x/01_a.txt", 2, HE_END + 1, "pron", "F3 two past the last column: hit"),
    diag("/x/01_a.txt", 3, 5, "junk", "F4 boilerplate matches on the line"),
    diag("/x/01_a.txt", 4, 1, "quote", "F5 quote drift matches on the line"),
    diag("/x/01_a.txt", 5, col(ARTICLE_A[4], "8%"), "num", "F6 lands on a trap"),
    diag("/x/02_b.txt", 2, col(B2, "Tuesday", -3), "date", "F7 three before the span: miss"),
    diag("/x/02_b.txt", 2, 1, "spell", "F8 on the trap, related note on the key entry",
         related=[("/x/01_a.txt", 2, col(A2, "Smyth"))]),
    diag("/x/02_b.txt", 2, col(B2, "Tuesday"), "date", "F9 on the key, related note on a trap",
         related=[("/x/01_a.txt", 1, 1)]),
]


class EvalRunTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="eval-run-test-")
        self.corpora = os.path.join(self.tmp, "corpora")
        self.make_corpus("tiny")
        self.fake = os.path.join(self.tmp, "fake-factlint")
        with open(self.fake, "w") as fh:
            fh.write(FAKE)
        os.chmod(self.fake, os.stat(self.fake).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        self.pack = self.write_json("pack.json", envelope(PACK_FINDINGS))
        self.log = os.path.join(self.tmp, "calls.log")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write_json(self, name, doc):
        path = os.path.join(self.tmp, name)
        with open(path, "w") as fh:
            json.dump(doc, fh)
        return path

    def make_corpus(self, slug, key=KEY, traps=TRAPS, rules=True):
        d = os.path.join(self.corpora, slug)
        os.makedirs(d)
        for name, lines in (("01_a.txt", ARTICLE_A), ("02_b.txt", ARTICLE_B)):
            with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
        for name, entries in (("key.jsonl", key), ("traps.jsonl", traps)):
            with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
                for f, l, t, c in entries:
                    fh.write(json.dumps({"file": f, "line": l, "text": t, "category": c,
                                         "truth": "x", "severity": "warning"}) + "\n")
        if rules:
            os.makedirs(os.path.join(d, "rules"))
            open(os.path.join(d, "rules", "pack.json5"), "w").close()
        return d

    def run_eval(self, *args, norules=None, factlint=None):
        env = dict(os.environ)
        env["FACTLINT"] = factlint or self.fake
        env["FAKE_PACK"] = self.pack
        env["FAKE_LOG"] = self.log
        env.pop("FAKE_NORULES", None)
        if norules is not None:
            env["FAKE_NORULES"] = self.write_json("norules.json", envelope(norules))
        return subprocess.run([sys.executable, RUN, "--corpora", self.corpora] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                              universal_newlines=True)

    def json_run(self, *args, **kw):
        proc = self.run_eval("--json", *args, **kw)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return json.loads(proc.stdout)

    # ------------------------------------------------------------ scoring

    def test_recall_traps_and_unexplained(self):
        doc = self.json_run()
        r = doc["corpora"]["tiny"]["pack"]
        self.assertTrue(r["available"])
        self.assertEqual(r["findings"], 9)
        self.assertEqual((r["hit"], r["entries"]), (5, 6))
        self.assertAlmostEqual(r["recall"], 0.8333, places=4)
        cats = r["categories"]
        self.assertEqual((cats["name-spelling"]["hit"], cats["name-spelling"]["entries"]), (1, 1))
        self.assertEqual((cats["pronoun"]["hit"], cats["pronoun"]["entries"]), (1, 1))
        self.assertEqual((cats["boilerplate"]["hit"], cats["quote-drift"]["hit"]), (1, 1))
        self.assertEqual((cats["magnitude"]["hit"], cats["magnitude"]["entries"]), (0, 1))
        self.assertEqual(cats["weekday"]["recall"], 1.0)
        self.assertIsNone(cats["variant"]["recall"])
        self.assertEqual([m["text"] for m in r["missed"]], ["$5 million"])
        # traps: 8% (F6) and Jane Smith (F8); the related note of F9 on 'Headline' does not count
        self.assertEqual((r["traps"]["hit"], r["traps"]["entries"]), (2, 3))
        self.assertEqual(sorted(h["text"] for h in r["traps"]["hits"]), ["8%", "Jane Smith"])
        self.assertEqual(cats["name-spelling"]["trapsHit"], 1)
        self.assertEqual(cats["variant"]["trapsHit"], 0)
        # unexplained: F2, F6 (trap), F7, F8 (trap; its related note does not explain it by default)
        u = r["unexplained"]
        self.assertEqual(u["count"], 4)
        self.assertEqual(sorted(f["message"][:2] for f in u["findings"]), ["F2", "F6", "F7", "F8"])
        self.assertEqual(u["perArticle"], {"01_a.txt": 2, "02_b.txt": 2})
        self.assertEqual(u["perRule"], {"date": 1, "num": 1, "pron": 1, "spell": 1})

    def test_count_related(self):
        r = self.json_run("--count-related")["corpora"]["tiny"]["pack"]
        self.assertEqual(r["hit"], 5)
        self.assertEqual(r["unexplained"]["count"], 3)          # F8 is now explained by its note
        self.assertEqual(r["traps"]["hit"], 2)                  # ... and is still a trap hit

    def test_no_rules_mode_unavailable_does_not_crash(self):
        proc = self.run_eval()
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("UNAVAILABLE", proc.stdout)
        self.assertIn("rules folder not found", proc.stdout)
        doc = self.json_run()
        nr = doc["corpora"]["tiny"]["no-rules"]
        self.assertFalse(nr["available"])
        self.assertEqual((nr["hit"], nr["recall"]), (0, 0.0))
        self.assertEqual(doc["totals"]["no-rules"]["unavailable"], ["tiny"])
        self.assertEqual(doc["totals"]["no-rules"]["recall"], 0.0)

    def test_no_rules_mode_runs_from_empty_dir_without_rules(self):
        doc = self.json_run(norules=[PACK_FINDINGS[3]])
        nr = doc["corpora"]["tiny"]["no-rules"]
        self.assertTrue(nr["available"])
        self.assertEqual((nr["hit"], nr["entries"]), (1, 6))
        with open(self.log) as fh:
            calls = [json.loads(l) for l in fh]
        norules = [c for c in calls if "--rules" not in c["args"]]
        pack = [c for c in calls if "--rules" in c["args"]]
        self.assertTrue(norules and pack)
        for c in calls:
            self.assertEqual(c["cwdEntries"], [])
            self.assertIn("--format", c["args"])
            self.assertEqual(c["args"][c["args"].index("--format") + 1], "json")
        rules_arg = pack[0]["args"][pack[0]["args"].index("--rules") + 1]
        self.assertEqual(rules_arg, os.path.join(self.corpora, "tiny", "rules"))

    def test_pack_mode_without_rules_folder(self):
        shutil.rmtree(os.path.join(self.corpora, "tiny", "rules"))
        r = self.json_run()["corpora"]["tiny"]["pack"]
        self.assertFalse(r["available"])
        self.assertIn("no rules/ folder", r["reason"])

    def test_totals_over_corpora_and_corpus_filter(self):
        self.make_corpus("second", key=KEY[:2], traps=[])
        doc = self.json_run()
        t = doc["totals"]["pack"]
        self.assertEqual((t["hit"], t["entries"]), (5 + 2, 6 + 2))
        self.assertEqual(t["traps"], {"entries": 3, "hit": 2})
        self.assertEqual(t["unexplained"], 4 + 7)   # in "second" only F1 and F3 are explained
        self.assertEqual(t["categories"]["pronoun"], {"entries": 2, "hit": 2, "recall": 1.0,
                                                      "traps": 0, "trapsHit": 0})
        only = self.json_run("--corpus", "second")
        self.assertEqual(list(only["corpora"]), ["second"])
        self.assertEqual(only["totals"]["pack"]["entries"], 2)

    def test_text_report(self):
        proc = self.run_eval("--verbose")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        out = proc.stdout
        self.assertIn("== tiny", out)
        self.assertIn("recall 5/6", out)
        self.assertIn("traps hit: 2 of 3", out)
        self.assertIn("F6 lands on a trap", out)                  # a trap hit lists the finding's message
        self.assertIn("unexplained findings: 4", out)
        self.assertIn("F7 three before the span: miss", out)      # --verbose lists each one
        self.assertIn("'$5 million'", out)                        # ... and the missed entries
        self.assertIn("TOTAL over 1 corpora", out)

    def test_json_file(self):
        path = os.path.join(self.tmp, "figures.json")
        proc = self.run_eval("--json", path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("== tiny", proc.stdout)
        with open(path) as fh:
            self.assertEqual(json.load(fh)["corpora"]["tiny"]["pack"]["hit"], 5)

    def test_min_recall(self):
        self.assertEqual(self.run_eval("--min-recall", "0.8").returncode, 0)
        self.assertEqual(self.run_eval("--min-recall", "0.9").returncode, 1)
        self.assertEqual(self.run_eval("--min-recall", "90").returncode, 1)     # a percentage
        self.assertEqual(self.run_eval("--min-recall", "80").returncode, 0)

    # ------------------------------------------------------------ validation and the binary

    def check_invalid(self, key, fragment):
        shutil.rmtree(os.path.join(self.corpora, "tiny"))
        self.make_corpus("tiny", key=key)
        proc = self.run_eval()
        self.assertEqual(proc.returncode, 2, proc.stdout + proc.stderr)
        self.assertIn(fragment, proc.stderr)
        self.assertFalse(os.path.exists(self.log), "factlint must not run when a key is invalid")

    def test_invalid_line_out_of_range(self):
        self.check_invalid([("01_a.txt", 9, "Smyth", "name-spelling")], "out of range")

    def test_invalid_text_not_on_line(self):
        self.check_invalid([("01_a.txt", 3, "Smyth", "name-spelling")], "is not on 01_a.txt:3")

    def test_invalid_text_not_unique(self):
        self.check_invalid([("01_a.txt", 2, "a", "name-spelling")], "make it unique")

    def test_invalid_missing_file(self):
        self.check_invalid([("03_c.txt", 1, "x", "variant")], "does not exist")

    def test_invalid_category(self):
        self.check_invalid([("01_a.txt", 2, "Smyth", "spelling")], "unknown category")

    def test_invalid_trap(self):
        shutil.rmtree(os.path.join(self.corpora, "tiny"))
        self.make_corpus("tiny", traps=[("02_b.txt", 1, "Tuesday", "weekday")])
        proc = self.run_eval()
        self.assertEqual(proc.returncode, 2)
        self.assertIn("traps.jsonl:1", proc.stderr)

    def test_unknown_corpus(self):
        proc = self.run_eval("--corpus", "nope")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("no corpus named nope", proc.stderr)

    def test_missing_binary(self):
        proc = self.run_eval(factlint=os.path.join(self.tmp, "no-such-factlint"))
        self.assertEqual(proc.returncode, 2)
        self.assertIn("not an executable", proc.stderr)

    def test_validate_only_on_shipped_corpora(self):
        proc = subprocess.run([sys.executable, RUN, "--validate-only"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=True)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("valid", proc.stdout)


if __name__ == "__main__":
    unittest.main()
