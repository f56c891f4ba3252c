/**
 * The mail delivery of one app instance, as `eyelevel serve` runs it, in a process of its
 * own: crash.test.ts starts it with DATABASE_URL and SMTP_URL and kills it mid-batch.
 */
import { loadConfig } from '../../src/config.js';
import { startMailDelivery } from '../../src/platform/outbox-worker.js';
import { startRuntime } from '../../src/wiring.js';

const config = loadConfig(process.env);
const runtime = await startRuntime(config);
const delivery = startMailDelivery({ config, context: runtime.context, onError: (error) => console.error(error) });
if (!delivery) throw new Error('SMTP_URL is not set');
