/**
 * Two API instances on one PostgreSQL behind nginx: the multi-instance demo.
 *
 *   DATABASE_URL=postgres://… npm run start:cluster      → http://localhost:8080
 *
 * Each instance also serves the built web app. Without nginx installed the two instances
 * still run (ports 3001 and 3002) and the command to put nginx in front is printed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { nginxPath, startNginx } from './nginx-proxy.ts';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const ports = [Number(process.env.CLUSTER_PORT_A ?? 3001), Number(process.env.CLUSTER_PORT_B ?? 3002)];
const proxyPort = Number(process.env.CLUSTER_PROXY_PORT ?? 8080);

if (!process.env.DATABASE_URL) {
  console.error('The instances share one PostgreSQL: set DATABASE_URL (the embedded PGlite serves one process only).');
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  // The web app each instance serves, and the server bundle the instances run (as production does).
  const built = spawnSync('npm', ['run', 'build', '--workspace', '@voxly/web', '--workspace', '@voxly/server'], {
    stdio: 'inherit',
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Instances of one deployment must agree on the session secret (a cookie from one is valid on the other).
const sessionSecret = process.env.VOXLY_SESSION_SECRET ?? randomBytes(32).toString('hex');
const publicUrl = `http://localhost:${proxyPort}`;
const children: ChildProcess[] = ports.map((port, i) => {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      VOXLY_SERVE_WEB: webDist,
      VOXLY_SESSION_SECRET: sessionSecret,
      WEB_ORIGIN: process.env.WEB_ORIGIN ?? publicUrl,
      PUBLIC_API_URL: process.env.PUBLIC_API_URL ?? publicUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tag = `[${'ab'[i]}:${port}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, tag)));
  }
  return child;
});

const nginx = nginxPath();
if (nginx) {
  children.push(startNginx(nginx, proxyPort, ports).child);
  console.log(`Voxly on ${publicUrl} (nginx → 127.0.0.1:${ports.join(', 127.0.0.1:')})`);
} else {
  console.log(`nginx is not installed (Debian: apt-get install nginx-light). The instances run on ports ${ports.join(' and ')};`);
  console.log('deploy/nginx/voxly.conf is the proxy config to put in front of them.');
}

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
