#!/usr/bin/env python3
"""tools/strip_page.py: the CSP hashes it writes are those of the inline code as written out (stripped, or kept
with --keep), the real page's policy is filled in, and a page whose inline code has no place for its hash fails."""
import base64, hashlib, pathlib, re, subprocess, sys, tempfile

root = pathlib.Path(__file__).resolve().parents[2]
tool = root / "tools/strip_page.py"
PAGE = """<!doctype html>
<meta http-equiv="Content-Security-Policy" content="script-src 'self' %SCRIPTS%; style-src %STYLES%">
<style>
  /* a comment */
  body { margin: 0; }
</style>
<script src="glue.js"></script>
<script>
  // a comment
  var a = 1;  // after code
</script>
<script>
  var b = 2;
</script>
"""


def sha(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def run(page, *flags):
    with tempfile.TemporaryDirectory() as d:
        src, out = pathlib.Path(d, "in.html"), pathlib.Path(d, "out.html")
        src.write_text(page, encoding="utf-8")
        r = subprocess.run([sys.executable, str(tool), *flags, str(src), str(out)], capture_output=True, text=True)
        return r, (out.read_text(encoding="utf-8") if out.exists() else None)


def policy(html):
    return re.search(r'content="([^"]*)"', html).group(1)


failures = []
def check(ok, what):
    if not ok: failures.append(what)

r, out = run(PAGE)
check(r.returncode == 0, f"stripped: exit {r.returncode} {r.stderr}")
bodies = re.findall(r"<script>(.*?)</script>", out, re.S)
style = re.search(r"<style>(.*?)</style>", out, re.S).group(1)
check("comment" not in out, "comments stripped")
check(policy(out) == f"script-src 'self' {sha(bodies[0])} {sha(bodies[1])}; style-src {sha(style)}",
      f"stripped: the hashes of the stripped bodies, src scripts left out: {policy(out)}")

r, out = run(PAGE, "--keep")
check(r.returncode == 0 and "// a comment" in out, "--keep keeps the page as written")
check(sha("\n  // a comment\n  var a = 1;  // after code\n") in policy(out), f"--keep: the hash of the body as written: {policy(out)}")

r, out = run(PAGE.replace(" %SCRIPTS%", ""))
check(r.returncode != 0 and "%SCRIPTS%" in r.stderr, f"inline script, no %SCRIPTS%: exit {r.returncode} {r.stderr}")

r, out = run("<!doctype html>\n<meta http-equiv=\"Content-Security-Policy\" content=\"style-src %STYLES%\">\n<p>x</p>\n")
check(r.returncode == 0 and policy(out) == "style-src 'none'", f"no inline style: 'none', got {out and policy(out)}")

r, out = run((root / "web/index.html").read_text(encoding="utf-8"))
check(r.returncode == 0 and "%" not in policy(out) and policy(out).count("'sha256-") == 2, f"web/index.html: {out and policy(out)}")

for f in failures: print("FAIL:", f)
print(f"check_strip_page: {'failed' if failures else 'all checks passed'}")
sys.exit(1 if failures else 0)
