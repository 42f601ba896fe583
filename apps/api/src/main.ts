import 'reflect-metadata';
import { exitGracefully, loadConfigOrStop, stopOnStartFailure } from '#config';
import { createApi } from './create-api.js';

async function main(): Promise<void> {
  const config = loadConfigOrStop('madoguchi-api');
  process.title = 'madoguchi-api';
  const app = await createApi(config);
  exitGracefully(app, config.shutdownTimeoutMs, (line) => process.stdout.write(`madoguchi-api: ${line}\n`));
  await app.listen(config.port, '0.0.0.0');
  process.stdout.write(`madoguchi-api listening on http://localhost:${config.port}\n`);
}

main().catch(stopOnStartFailure('madoguchi-api'));
