import { type RouteObject, matchRoutes } from 'react-router-dom';
import { nextTask } from './next-task.ts';

/** Loads the code of the routes on screen, so hydration renders what the server rendered. */
export async function loadMatchedRoutes(routes: RouteObject[]) {
  const matches = matchRoutes(routes, window.location) ?? [];
  // Matching ranks every route; the loading starts in a task of its own.
  await nextTask();
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}
