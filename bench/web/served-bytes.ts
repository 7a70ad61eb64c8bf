import { request } from 'node:http';

/** One response's body as it crossed the wire (still compressed) and how it was encoded. */
function rawGet(url: string, encoding: string): Promise<{ bytes: number; body: Buffer; contentEncoding: string }> {
  return new Promise((resolve, reject) => {
    // node:http does not decompress: the byte count is what the server sent.
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        if ((res.statusCode ?? 0) >= 400) reject(new Error(`GET ${url}: ${res.statusCode}`));
        const body = Buffer.concat(chunks);
        resolve({ bytes: body.length, body, contentEncoding: String(res.headers['content-encoding'] ?? 'identity') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The scripts, preloads and stylesheets the first page's HTML names (what loads before it paints). */
function firstPageAssets(html: string): string[] {
  const assets = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src?.startsWith('/')) continue;
    if (tag.startsWith('<script') || /rel="(?:modulepreload|stylesheet)"/.test(tag)) assets.add(src);
  }
  return [...assets];
}

/**
 * The first page's bytes as the server sends them to a browser that accepts `encoding`
 * (`gzip` or `br`): the HTML plus each script, module preload and stylesheet it names.
 */
export async function firstPageBytesAsServed(baseUrl: string, encoding: 'gzip' | 'br') {
  const identityHtml = (await rawGet(`${baseUrl}/`, 'identity')).body.toString('utf8');
  const files = ['/', ...firstPageAssets(identityHtml)];
  const responses = await Promise.all(files.map((path) => rawGet(`${baseUrl}${path}`, encoding)));
  return {
    bytes: responses.reduce((sum, r) => sum + r.bytes, 0),
    files: files.length,
    /** Files that came back other than in the encoding asked for (none when every file has its copy). */
    uncompressed: files.filter((_, i) => responses[i]!.contentEncoding !== encoding),
  };
}
