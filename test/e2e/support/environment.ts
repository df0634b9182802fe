/** One fixture server and one Chromium with the extension, for a whole test file (one browser per file). */
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './server';
import { setUp } from './setup';

export interface Environment {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/** Call at the top of a test file; the returned function gives the environment inside tests. */
export function useEnvironment(): () => Environment {
  return setUp(
    async () => {
      const server = await startFixtureServer();
      try {
        return { server, browser: await launchWithExtension() };
      } catch (error) {
        await server.close();
        throw error;
      }
    },
    async ({ server, browser }) => {
      await browser.close();
      await server.close();
    },
  );
}
