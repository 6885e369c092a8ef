/**
 * Progress of a long build: a story this large takes a while to align, so its stages say when
 * they start and how long they took, instead of leaving minutes of silence.
 */

/** A story with this many sentences is large: its stages report progress. */
export const LARGE_STORY_SENTENCES = 5000;

/**
 * Runs one stage of a build, logging its start and duration when the story is large.
 *
 * @param log where messages go (the Astro logger, or the console from pages)
 * @param large whether to log at all
 * @param stage what the stage does, as "aligning 18426 sentences"
 * @returns what the stage returns
 */
export function runStage<T>(
  log: (message: string) => void,
  large: boolean,
  stage: string,
  run: () => T,
): T {
  if (!large) return run();
  log(`${stage}…`);
  const start = performance.now();
  const result = run();
  log(`${stage}: done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}
