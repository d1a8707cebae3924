/**
 * `npm run nginx:conf -- --root /srv/atlas/dist [--listen 80] [--server-name atlas.example.org]`:
 * prints the nginx server block for the built site (src/lib/nginx.ts) to standard output.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { nginxServer } from '../src/lib/nginx.ts';

const { values } = parseArgs({
  options: { root: { type: 'string' }, listen: { type: 'string', default: '80' }, 'server-name': { type: 'string', default: '_' } },
});
if (!values.root) {
  console.error('usage: npm run nginx:conf -- --root <absolute path of the built site> [--listen 80] [--server-name host]');
  process.exit(2);
}
process.stdout.write(nginxServer({ root: path.resolve(values.root), listen: values.listen, serverName: values['server-name'] }));
