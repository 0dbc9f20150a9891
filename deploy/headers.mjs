// The one source of the handbook's HTTP response headers, and the generator of every host's header file
// from it: nginx (deploy/nginx.conf, between the "security headers" markers), Apache (deploy/.htaccess),
// IIS (deploy/web.config) and the `_headers` file several static hosts read (deploy/_headers).
// Regenerate with `npm run deploy:headers`; tests/unit/deploy-headers.test.ts fails when a file drifts.
//
// Why a header at all: a <meta> CSP cannot carry `frame-ancestors`, so only a response header keeps the
// handbook (e.g. the workshop projector view) out of someone else's frame.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Sent with every response. The pages' own <meta> CSP (script hashes, written at build time) governs
 * scripts and styles; this policy adds what a meta CSP cannot (frame-ancestors) and what must hold for
 * every file. Both policies apply, so this one must not narrow script-src/style-src.
 */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Only features that exist (no `interest-cohort`: FLoC is gone and browsers warn about the token).
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers without CSP level 2; frame-ancestors wins where both are known.
  'X-Frame-Options': 'DENY',
});

/** HTTPS only (browsers ignore it over plain HTTP). No includeSubDomains: other services may share the domain. */
export const HSTS = Object.freeze({ name: 'Strict-Transport-Security', value: 'max-age=31536000' });

/**
 * What a script, stylesheet, search chunk or other subresource needs. CSP, Permissions-Policy, COOP and
 * X-Frame-Options act only on documents (and on a worker's own script), so nginx sends them with pages
 * and sw.js and leaves them off the assets: on HTTP/1.1 they cost ~280 bytes a request, and a first
 * search makes thirteen. Hosts whose header files match paths only (`_headers`, IIS) send the full set
 * everywhere, which is harmless.
 */
export const ASSET_HEADERS = Object.freeze({
  'X-Content-Type-Options': SECURITY_HEADERS['X-Content-Type-Options'],
  'Referrer-Policy': SECURITY_HEADERS['Referrer-Policy'],
});

/** Cache rules: hashed files never change under one name; everything else is revalidated so an update is seen. */
export const IMMUTABLE_PATHS = ['/_astro/', '/sokdata/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'];
// No `public`: it matters only for responses to requests with credentials, which these never are.
export const CACHE_IMMUTABLE = 'max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** Types some servers lack. */
export const MIME_TYPES = Object.freeze({
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
});

const all = () => [...Object.entries(SECURITY_HEADERS), [HSTS.name, HSTS.value]];
const NOTICE = 'Generated from deploy/headers.mjs (npm run deploy:headers). Edit that file, not this one.';

const assetSet = () => [...Object.entries(ASSET_HEADERS), [HSTS.name, HSTS.value]];

/** nginx: `add_header` in a location replaces the server's, so every block gets its whole set. */
export function nginxHeaderLines(indent, headers = all()) {
  return headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
}

/** Fills the marked blocks: "security headers" (documents, sw.js) and "asset headers" (subresources). */
export function nginxConf(current) {
  return current.replace(/^([ \t]*)# (security|asset) headers: begin[^\n]*\n[\s\S]*?^[ \t]*# \2 headers: end$/gm, (_, indent, kind) =>
    [`${indent}# ${kind} headers: begin – ${NOTICE}`, ...nginxHeaderLines(indent, kind === 'asset' ? assetSet() : all()), `${indent}# ${kind} headers: end`].join('\n'),
  );
}

export function htaccess() {
  const lines = [
    `# Samverkanshandboken – Apache 2.4 with mod_headers and mod_mime. Put this file as .htaccess in`,
    `# the folder that holds dist/'s contents (AllowOverride FileInfo Indexes or All), or copy its lines into the vhost.`,
    `# ${NOTICE}`,
    'DirectoryIndex index.html',
    'ErrorDocument 404 /404.html',
    '',
    '<IfModule mod_mime.c>',
    ...Object.entries(MIME_TYPES).map(([ext, type]) => `  AddType ${type} ${ext}`),
    '</IfModule>',
    '',
    '<IfModule mod_headers.c>',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  Header always set ${name} "${value}"`),
    `  Header always set ${HSTS.name} "${HSTS.value}" "expr=%{HTTPS} == 'on'"`,
    `  Header set Cache-Control "${CACHE_REVALIDATE}"`,
    `  <If "%{REQUEST_URI} =~ m#^(${IMMUTABLE_PATHS.join('|')})#">`,
    `    Header set Cache-Control "${CACHE_IMMUTABLE}"`,
    '  </If>',
    '</IfModule>',
    '',
  ];
  return lines.join('\n');
}

const xmlAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function webConfig() {
  const headers = all().map(([name, value]) => `        <add name="${name}" value="${xmlAttr(value)}" />`);
  const cacheFor = (p) =>
    [
      `  <location path="${p.replace(/^\/|\/$/g, '')}">`,
      '    <system.webServer>',
      '      <staticContent>',
      '        <clientCache cacheControlCustom="immutable" cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" />',
      '      </staticContent>',
      '    </system.webServer>',
      '  </location>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Samverkanshandboken – IIS 10. Put this file as web.config in the site's root (the folder with dist/'s contents). -->`,
    `<!-- ${NOTICE} Strict-Transport-Security is ignored by browsers over plain HTTP; serve the site over HTTPS. -->`,
    '<configuration>',
    '  <system.webServer>',
    '    <defaultDocument><files><clear /><add value="index.html" /></files></defaultDocument>',
    '    <httpErrors errorMode="Custom" existingResponse="Replace">',
    '      <remove statusCode="404" />',
    '      <error statusCode="404" path="/404.html" responseMode="ExecuteURL" />',
    '    </httpErrors>',
    '    <staticContent>',
    ...Object.entries(MIME_TYPES).flatMap(([ext, type]) => [`      <remove fileExtension="${ext}" />`, `      <mimeMap fileExtension="${ext}" mimeType="${type}" />`]),
    `      <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="0.00:00:00" cacheControlCustom="${CACHE_REVALIDATE}" />`,
    '    </staticContent>',
    '    <httpProtocol>',
    '      <customHeaders>',
    '        <remove name="X-Powered-By" />',
    ...headers,
    '      </customHeaders>',
    '    </httpProtocol>',
    '  </system.webServer>',
    ...IMMUTABLE_PATHS.map(cacheFor),
    '</configuration>',
    '',
  ].join('\n');
}

/** The `_headers` format (path line, then indented `Name: value` lines) read by several static hosts and CDNs. */
export function headersFile() {
  return [
    `# Samverkanshandboken – put this file as _headers in the published folder (next to index.html).`,
    `# ${NOTICE}`,
    '/*',
    ...all().map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${CACHE_REVALIDATE}`,
    ...IMMUTABLE_PATHS.flatMap((p) => [`${p}*`, `  Cache-Control: ${CACHE_IMMUTABLE}`]),
    '',
  ].join('\n');
}

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Every generated file: path → expected content. */
export function generated() {
  return {
    [here('./nginx.conf')]: nginxConf(readFileSync(here('./nginx.conf'), 'utf8')),
    [here('./.htaccess')]: htaccess(),
    [here('./web.config')]: webConfig(),
    [here('./_headers')]: headersFile(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, content] of Object.entries(generated())) writeFileSync(file, content);
}
