# Copies campaign files (and their geography) into the page's campaigns/ folder and writes
# campaigns/index.json, the manifest the page offers its campaigns from (docs/campaign-format.md).
# Usage: python3 tools/campaign_manifest.py OUTDIR FILE.json|FILE.geo.bin...
import json, os, re, shutil, sys

ID = re.compile(r'^[a-z0-9-]{1,64}$')


def campaign_entry(path, geo_ids):
    with open(path, encoding='utf-8-sig') as f:
        data = json.load(f)
    cid = data.get('id', '')
    if not ID.match(cid) or os.path.basename(path) != cid + '.json':
        sys.exit('campaign_manifest: %s: the file must be named <id>.json with an id of a-z, 0-9 and -' % path)
    geo = data.get('geography', cid)
    entry = {'id': cid, 'title': data.get('title', cid), 'format': data.get('format', '')}
    if geo in geo_ids:
        entry['geography'] = geo + '.geo.bin'
    return entry


def main(out, files):
    os.makedirs(out, exist_ok=True)
    geo_ids = {os.path.basename(f)[:-len('.geo.bin')] for f in files if f.endswith('.geo.bin')}
    entries = []
    for path in sorted(files):
        target = os.path.join(out, os.path.basename(path))
        if not os.path.exists(target) or open(path, 'rb').read() != open(target, 'rb').read():
            shutil.copyfile(path, target)
        if path.endswith('.json'):
            entries.append(campaign_entry(path, geo_ids))
    text = json.dumps({'format': 'campaign-atlas-index/1', 'campaigns': entries}, ensure_ascii=False, indent=1) + '\n'
    index = os.path.join(out, 'index.json')
    if not os.path.exists(index) or open(index, encoding='utf-8').read() != text:
        with open(index, 'w', encoding='utf-8') as f:
            f.write(text)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
