import { useIsFetching } from '@tanstack/react-query';
import { useNavigation } from 'react-router-dom';

/**
 * A slim bar at the top while a route or the data on screen is loading.
 * Prefetches (no one is watching them yet) do not count.
 */
export function ProgressBar() {
  const navigation = useNavigation();
  const fetching = useIsFetching({ predicate: (query) => query.getObserversCount() > 0 });
  const busy = navigation.state !== 'idle' || fetching > 0;
  return <div className={busy ? 'progress-bar progress-bar--active' : 'progress-bar'} aria-hidden="true" />;
}
