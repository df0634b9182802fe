/** Once per e2e run: bundle the fixture pages' scripts (nothing built is committed). */
import { buildFixtures } from './support/build-fixtures';

export default async function setup(): Promise<void> {
  await buildFixtures();
}
