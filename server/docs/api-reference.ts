/**
 * GET /docs: the interactive API reference — Swagger UI, served from its own
 * package (no third-party script), started by a script file of ours so the
 * page's policy allows no inline script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRouter } from '../lib/openapi';

const swaggerUi = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SegLens API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<script src="/docs/swagger-ui-bundle.js" defer></script>
<script src="/docs/start.js" defer></script>
</head>
<body><div id="reference"></div></body>
</html>
`;

/** The file and its type, read once on first use: the bundle is 1.5 MB. */
function asset(path: string, type: string) {
  let body: string | null = null;
  return () => ({ body: (body ??= readFileSync(path, 'utf8')), type });
}

const ASSETS: Record<string, () => { body: string; type: string }> = {
  'swagger-ui.css': asset(join(swaggerUi, 'swagger-ui.css'), 'text/css; charset=utf-8'),
  'swagger-ui-bundle.js': asset(join(swaggerUi, 'swagger-ui-bundle.js'), 'text/javascript; charset=utf-8'),
  'start.js': asset(fileURLToPath(new URL('./start-reference.js', import.meta.url)), 'text/javascript; charset=utf-8'),
};

export const apiReferenceRoutes = createRouter()
  .get('/docs', (c) => c.html(PAGE))
  .get('/docs/:file', (c) => {
    const found = Object.hasOwn(ASSETS, c.req.param('file')) ? ASSETS[c.req.param('file')]!() : null;
    if (!found) return c.notFound();
    return c.body(found.body, 200, { 'content-type': found.type, 'cache-control': 'max-age=3600' });
  });
