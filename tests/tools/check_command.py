#!/usr/bin/env python3
"""`campaign-atlas check FILE`: every error of a broken file at once, warnings of one that loads, exit codes;
and the command line's refusals: empty values, files that are not regular files, writes to a full disk."""
import os, pathlib, re, shutil, subprocess, sys, tempfile

app, root = sys.argv[1], pathlib.Path(__file__).resolve().parents[2]
good = (root / 'assets/campaigns/khusrau-540.json').read_text(encoding='utf-8')
failures = []


def check(what, ok):
    print(('ok   ' if ok else 'FAIL ') + what)
    if not ok:
        failures.append(what)


def run(text, name):
    path = pathlib.Path(tmp) / name
    path.write_text(text, encoding='utf-8')
    p = subprocess.run([app, 'check', str(path)], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout.splitlines(), str(path)


def once(text, old, new):
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


with tempfile.TemporaryDirectory() as tmp:
    rc, out, path = run(good, 'good.json')
    check('the 540 campaign checks clean (exit 0, no warnings)', rc == 0 and out == [path + ': 0 errors, 0 warnings'])

    # Three independent mistakes in three parts of the file: all three are listed, in file order.
    bad = once(good, '"title": "Khusrau\'s Invasion of the Roman East, 540"', '"title": 540')
    bad = once(bad, '"id": "sura", "name": "Sura", "modern": "near Suriya, Syria", "lat": 35.8989',
               '"id": "sura", "name": "Sura", "modern": "near Suriya, Syria", "lat": 95.8989')
    bad = once(bad, '"id": "khusrau-invades", "title": "Khusrau Invades"', '"id": "khusrau-invades", "titel": "Khusrau Invades"')
    rc, out, path = run(bad, 'bad.json')
    errors = [l for l in out if re.match(re.escape(path) + r':\d+:\d+: ', l)]
    check('a broken file exits 65', rc == 65)
    check('all three errors are listed, each at file:line:col: field', len(errors) == 3 and
          errors[0].endswith('title: expected a string, found a number') and
          re.search(r'places\[\d+\]\.lat: must be between -90 and 90$', errors[1]) is not None and
          re.search(r'chapters\[0\]: unknown field "titel" \(did you mean "title"\?\)$', errors[2]) is not None)
    check('the count closes the list', out[-1].startswith(path + ': 3 errors, 0 warnings'))

    # A file that loads but shows a character no font has, and a long undated stretch no note explains.
    odd = once(good, '"title": "Khusrau\'s Invasion of the Roman East, 540"', '"title": "Khusrau\'s Invasion \u4e2d, 540"')
    odd = once(odd, '"date_note": "Spring; Procopius gives no date."', '"approximate": true')
    rc, out, path = run(odd, 'odd.json')
    check('warnings alone exit 0', rc == 0)
    check('a missing glyph is a warning at its first use', any(
        re.match(re.escape(path) + r':4:\d+: warning: the fonts have no glyph for U\+4E2D', l) for l in out))
    check('a long undated stretch is a warning at its first waypoint', any(
        re.match(re.escape(path) + r':\d+:\d+: warning: route\[1\]: 30 waypoints without a date over \d+ km', l) for l in out))
    check('the count says two warnings', out[-1] == path + ': 0 errors, 2 warnings')

    p = subprocess.run([app, 'check', str(pathlib.Path(tmp) / 'missing.json')], capture_output=True, text=True)
    check('a missing file exits 66 with its name', p.returncode == 66 and 'missing.json' in p.stderr)

    # The command line refuses what would do the wrong thing quietly (issue #15, item 8).
    for flag in ('--campaign', '--screenshot', '--snapshot', '--date'):
        p = subprocess.run([app, flag, ''], capture_output=True, text=True, timeout=30)
        check(f'{flag} "" is a usage error (exit 64), not the default', p.returncode == 64 and 'not an empty one' in p.stderr)
    fifo = pathlib.Path(tmp) / 'pipe.json'
    os.mkfifo(fifo)
    for special in (str(fifo), '/dev/zero', tmp):
        p = subprocess.run([app, '--export-events', 'csv', '--campaign', special], capture_output=True, text=True, timeout=30)
        check(f'{special} as a campaign is refused as not a regular file (no hang)',
              p.returncode == 65 and 'not a regular file' in p.stderr)
    if shutil.which('xvfb-run') and os.path.exists('/dev/full'):
        for flag in ('--screenshot', '--snapshot'):
            p = subprocess.run(['xvfb-run', '-a', app, flag, '/dev/full', '--size', '320x200'], capture_output=True, text=True, timeout=120)
            check(f'{flag} to a full disk exits 3 and says so', p.returncode == 3 and 'could not write /dev/full' in p.stderr
                  and 'wrote' not in p.stdout)

    # `edit FILE` (the editor, src/editor/): text that is not JSON is refused before any window opens, with its
    # place; offscreen the editor draws a file or a new campaign and writes nothing until Save.
    broken = pathlib.Path(tmp) / 'broken.json'
    broken.write_text('{\n  "id": ', encoding='utf-8')
    p = subprocess.run([app, 'edit', str(broken)], capture_output=True, text=True, timeout=30)
    check('edit of a file that is not JSON exits 65 with its line', p.returncode == 65 and str(broken) + ':2:' in p.stderr
          and broken.read_text(encoding='utf-8') == '{\n  "id": ')
    p = subprocess.run([app, 'edit', ''], capture_output=True, text=True, timeout=30)
    check('edit "" is a usage error (exit 64)', p.returncode == 64)
    if shutil.which('xvfb-run'):
        kept, new, shot = pathlib.Path(tmp) / 'kept.json', pathlib.Path(tmp) / 'new.json', pathlib.Path(tmp) / 'editor.png'
        kept.write_text(good, encoding='utf-8')
        for target in (kept, new):
            p = subprocess.run(['xvfb-run', '-a', app, 'edit', str(target), '--screenshot', str(shot), '--size', '800x500'],
                               capture_output=True, text=True, timeout=120)
            check(f'edit {target.name} draws offscreen (exit 0, a picture) and writes nothing',
                  p.returncode == 0 and shot.stat().st_size > 10000 and (target.read_text(encoding='utf-8') == good if target == kept
                                                                          else not target.exists()))
            shot.unlink(missing_ok=True)

sys.exit(1 if failures else 0)
