// Serves a built web folder on 127.0.0.1 (static files only, no third-party hosts); used by tools/run and tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.geojson': 'application/geo+json', '.css': 'text/css', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
};

// Starts the server; resolves to { server, url }. Port 0 picks a free port. `mounts` serves other folders under
// a prefix ({ '/ref/': 'build/bench/ref' }: bench/run's reference maps beside the atlas, on the same origin).
export function serve(root, { port = 8080, host = '127.0.0.1', quiet = true, mounts = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname), base = resolve(root);
      const prefix = Object.keys(mounts).find((m) => path.startsWith(m));
      if (prefix) { base = resolve(mounts[prefix]); path = path.slice(prefix.length - 1); }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end('forbidden'); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
                           'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (!quiet) console.log(`200 ${req.url}`);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      if (!quiet) console.log(`404 ${req.url}`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'build/wasm/web', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, { port: Number(port), quiet: false });
  console.log(`Campaign Atlas is being served at ${url}  (Ctrl+C stops it)`);
}
