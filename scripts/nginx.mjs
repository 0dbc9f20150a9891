// Serves a folder with nginx using deploy/nginx.conf as it ships (only `listen` and `root` replaced),
// so the tests exercise the production headers. Usage: node scripts/nginx.mjs [port] [root]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Writes an nginx.conf for `root` on `port` under .tmp/nginx-<port>/ and returns its path. */
export function nginxConfig(port, root) {
  const dir = path.join(projectRoot, '.tmp', `nginx-${port}`);
  mkdirSync(path.join(dir, 'temp'), { recursive: true });
  const server = readFileSync(path.join(projectRoot, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${path.resolve(root)};`);
  // Run as root (CI), nginx would hand its workers to "nobody", who may not read a checkout in a private
  // temporary folder; the test server keeps the invoking user instead.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  const conf = `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  sendfile on;
${server}
}
`;
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  return file;
}

/** Starts nginx in the foreground; returns the child process. */
export function startNginx(port, root) {
  const file = nginxConfig(port, root);
  return spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-c', file, '-e', path.join(path.dirname(file), 'error.log')], { stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 4323);
  const root = process.argv[3] ?? path.join(projectRoot, 'dist');
  const child = startNginx(port, root);
  const stop = () => child.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
