import type { Command } from 'commander';
import { issueDemoRespondentLinks, type DemoRespondentLink } from '../../app/demo/demo-links.js';
import { seedDemoCompany } from '../../app/demo/seed-demo-company.js';
import { seedDemoSla } from '../../app/demo/seed-demo-sla.js';
import { seedDemoWaves, type DemoWavesOutcome } from '../../app/demo/seed-demo-waves.js';
import { openRuntime, parsePort, type GlobalOptions } from '../runtime.js';
import { portAndHost } from './serve.js';

const LANGUAGES: Record<DemoRespondentLink['locale'], string> = { de: 'German', en: 'English' };

/** `eyelevel demo`: the demo company and its survey waves, seeded once, then served at once. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('seed the demo company and its survey waves (once) and serve it; prints two survey links')
    .option('--data <dir>', 'data folder for the SQLite database (default ./data, or EYELEVEL_DATA)')
    .option('--port <port>', 'port to listen on (default 3000, or PORT)', parsePort)
    .option('--host <host>', 'address to listen on (default 127.0.0.1, or HOST)')
    .action(async (options: GlobalOptions & { port?: number; host?: string }) => {
      const { config, runtime } = await openRuntime(options, { ...portAndHost(options), defaultLogLevel: 'warn' });
      const { isSeeded, logins } = await seedDemoCompany(runtime.context);
      process.stdout.write(isSeeded ? 'seeded the demo company Muster AG\n' : 'the demo company is already there; serving it\n');
      const settings = { publicUrl: config.publicUrl, anonymityThreshold: config.anonymityThreshold };
      const waves = await seedDemoWaves(runtime.context, settings);
      if (waves.isSeeded) process.stdout.write(describeSeededWaves(waves));
      const sla = await seedDemoSla(runtime.context);
      if (sla.isSeeded) {
        process.stdout.write(
          `seeded ${sla.objectives} SLA objectives with ${sla.measurements} measurements, ${sla.actions} actions and ${sla.retrospectives} retrospective\n`,
        );
      }
      const respondents = await issueDemoRespondentLinks(runtime.context, settings);
      const { startServing } = await import('../start-serving.js');
      const url = await startServing({ config: { ...config, adminEmail: logins.admin, adminPassword: logins.password }, runtime });
      process.stdout.write(
        `\nOpen ${url} and sign in as ${logins.admin} with password ${logins.password}\n` +
          `Other demo logins (same password): executive ${logins.executive}, lead ${logins.lead}\n` +
          formatLinks(respondents),
      );
    });
}

function describeSeededWaves(waves: DemoWavesOutcome): string {
  const open = waves.openWave
    ? `, and the open wave "${waves.openWave.name}" (${waves.openWave.submitted} of ${waves.openWave.invited} answered)`
    : '';
  return `seeded ${waves.pastWaves} past survey waves with ${waves.submissions - (waves.openWave?.submitted ?? 0)} answered invitations${open}\n`;
}

/** One line per link, naming the respondent's language: the survey opens in it. */
function formatLinks(respondents: Awaited<ReturnType<typeof issueDemoRespondentLinks>>): string {
  if (!respondents.wave) return '\nNo survey wave is open, so there are no respondent links to print.\n';
  if (respondents.links.length === 0)
    return `\nEveryone invited to "${respondents.wave.name}" has answered; no respondent links to print.\n`;
  const lines = respondents.links.map((link) => `  ${LANGUAGES[link.locale]}: ${link.name} (${link.unit}): ${link.link}\n`);
  return (
    `\nAnswer the open wave "${respondents.wave.name}" as a respondent (new links at every start; earlier ones keep working):\n` +
    lines.join('')
  );
}
