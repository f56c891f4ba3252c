/** The curl command an integration runs to send measurements with its token. */
export function curlExample(options: { origin: string; secret: string; objectiveId: string }): string {
  const body = JSON.stringify({ measurements: [{ objectiveId: options.objectiveId, at: '2026-05-04T09:30:00Z', value: 3.5 }] });
  return [
    `curl -X POST ${options.origin}/api/integrations/measurements \\`,
    `  -H 'Authorization: Bearer ${options.secret}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}
