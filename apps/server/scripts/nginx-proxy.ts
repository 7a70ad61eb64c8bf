import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const template = fileURLToPath(new URL('../../../deploy/nginx/voxly.conf', import.meta.url));

/** The repository's nginx config with its placeholders filled in. */
export function renderNginxConfig(listenPort: number, upstreamPorts: number[]): string {
  return readFileSync(template, 'utf8')
    .replace('__LISTEN__', String(listenPort))
    .replace('__UPSTREAMS__', upstreamPorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join('\n    '));
}

export function nginxPath(): string | null {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return null;
}

/** Runs nginx in the foreground from a scratch prefix (no root, no system config touched). */
export function startNginx(binary: string, listenPort: number, upstreamPorts: number[]): { child: ChildProcess; prefix: string } {
  const prefix = mkdtempSync(join(tmpdir(), 'voxly-nginx-'));
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  const conf = join(prefix, 'voxly.conf');
  writeFileSync(conf, renderNginxConfig(listenPort, upstreamPorts));
  const child = spawn(binary, ['-p', `${prefix}/`, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return { child, prefix };
}
