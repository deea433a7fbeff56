import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, PHONE, chromiumPath } from './scripts/chromium.mjs';

// E2E_PORT and E2E_DIST let two runs (or a run and `npm start`) live side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // No retries, in CI either: a test that passes only on its second try is a bug to find.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Pixel 5'],
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    ...PHONE,
    serviceWorkers: 'allow',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node e2e/server.mjs`,
    env: { PORT: String(PORT), DIST },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
  },
});
