#!/usr/bin/env python3
"""A campaign at the validator's limits passes `check` and draws: no abort, a real picture.

Usage: limits_case.py APP XVFB_RUN OUTDIR. The file is the shipped 540 campaign grown to the documented
limits (docs/campaign-format.md): 1,000 events (its own, repeated), a 200-character title, 4,000-character
summaries and a 5,000-point route. Drawn at 1600x1000 twice as sharp on the first day, the panels and
the timeline hold far more than 65,536 vertices: 16-bit indices must not overflow.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, '..', '..', 'assets', 'campaigns', 'khusrau-540.json')
MAX_TEXT, MAX_NAME, MAX_LIST, MAX_ROUTE = 4000, 200, 1000, 5000


def at_limits(campaign):
    events = campaign['events']
    grown = []
    copies = MAX_LIST // len(events) + 1
    for e in events:  # each event's copies together: the events stay in date order
        for k in range(copies):
            copy = dict(e, id=f"{e['id']}-{k}")
            for key in [key for key in copy if key.endswith('same_as')]:
                copy[key] = f"{copy[key]}-{k}"
            grown.append(copy)
    grown = grown[:MAX_LIST]  # the last event's later copies are cut
    ids = {e['id'] for e in grown}
    for e in grown:  # a reference cut off with the last copies points at the first copy instead
        for key in [key for key in e if key.endswith('same_as')]:
            if e[key] not in ids:
                e[key] = e[key].rsplit('-', 1)[0] + '-0'
    words = 'the army marched on along the river and the city paid in full '
    for e in grown[:50]:
        e['summary'] = (words * (MAX_TEXT // len(words) + 1))[:MAX_TEXT]
    campaign['events'] = grown
    campaign['title'] = ('A campaign title of the longest length allowed ' * 5)[:MAX_NAME]
    route = campaign['route']
    def open_leg(a, b):  # a leg between two bare waypoints, where more may be put without a date
        return all('lat' in w and 'place' not in w for w in (a, b))
    between = (MAX_ROUTE - len(route)) // sum(open_leg(a, b) for a, b in zip(route, route[1:]))
    dense = []
    for a, b in zip(route, route[1:]):
        dense.append(a)
        if open_leg(a, b):
            dense += [{'lat': a['lat'] + (b['lat'] - a['lat']) * i / (between + 1),
                       'lon': a['lon'] + (b['lon'] - a['lon']) * i / (between + 1)} for i in range(1, between + 1)]
    dense.append(route[-1])
    campaign['route'] = dense[:MAX_ROUTE]
    return campaign


def main():
    app, xvfb, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, 'at-limits.json')
    with open(SOURCE, encoding='utf-8') as f:
        campaign = at_limits(json.load(f))
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(campaign, f, ensure_ascii=False)
    print(f"{len(campaign['events'])} events, {len(campaign['route'])} waypoints, {os.path.getsize(path)} bytes")
    check = subprocess.run([app, 'check', path], capture_output=True, text=True)
    if check.returncode != 0:
        sys.exit(f'the file at the limits does not validate:\n{check.stdout}{check.stderr}')
    shot = os.path.join(outdir, 'at-limits.png')
    first_day = campaign['events'][0]['date_start']
    run = subprocess.run([xvfb, '-a', '-s', '-screen 0 1280x800x24', app, '--campaign', path, '--screenshot', shot,
                          '--size', '1600x1000', '--pixel-ratio', '2', '--date', first_day],
                         capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        sys.exit(f'the app failed on a file the validator accepts ({run.returncode}):\n{run.stdout}{run.stderr}')
    look = subprocess.run([sys.executable, os.path.join(HERE, 'check_png.py'), shot, '--min-colors', '40',
                           '--min-coverage', '0.02'], capture_output=True, text=True)
    print(look.stdout + look.stderr)
    if look.returncode != 0:
        sys.exit('the picture of the file at the limits looks blank')
    print('limits: checked and drawn')


if __name__ == '__main__':
    main()
