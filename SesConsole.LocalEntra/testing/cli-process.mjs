// Runs server.mjs as a child process and waits for its first stdout line or its exit, whichever comes first.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../server.mjs', import.meta.url));
const ENVIRONMENT_NAMES = ['NODE_ENV', 'ASPNETCORE_ENVIRONMENT', 'DOTNET_ENVIRONMENT'];

export function cleanEnv(extra = {}) {
  const env = { ...process.env };
  for (const name of ENVIRONMENT_NAMES) {
    delete env[name];
  }
  return { ...env, ...extra };
}

/**
 * Starts the CLI; resolves with { firstLine, child } once it prints a line, or { exitCode, stderr }
 * if it exits first. A started child must be stopped with stop().
 */
export async function runCli(args, env = cleanEnv()) {
  const child = spawn(process.execPath, [SERVER, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
  const exited = once(child, 'exit').then(([code]) => ({ exitCode: code }));
  const lines = createInterface({ input: child.stdout });
  const firstLine = once(lines, 'line').then(([line]) => ({ firstLine: line }));
  const outcome = await Promise.race([firstLine, exited]);
  if ('exitCode' in outcome) {
    return { exitCode: outcome.exitCode, stderr };
  }
  return {
    firstLine: outcome.firstLine,
    stderr: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      const { exitCode } = await exited;
      lines.close();
      return exitCode;
    },
  };
}
