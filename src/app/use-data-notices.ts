import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { registerQuery, useCatalogue, useReference } from '../data/use-atlas-data';
import { useNoticesStore } from '../state/notices-store';

/**
 * What the data loader had to work around (a corrupt updated catalogue, an invalid catalogue
 * entry left out, a reference table read from the bundle instead) is said once, on every view.
 */
export function useDataNotices() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  // The register is read only by the views that name organisations: observed, never fetched here.
  const register = useQuery({ ...registerQuery(catalogue.data), enabled: false });
  const add = useNoticesStore((s) => s.add);
  useEffect(() => {
    const data = catalogue.data;
    if (!data) return;
    add([...(data.notice ? [data.notice] : []), ...(data.problems ?? [])]);
  }, [catalogue.data, add]);
  useEffect(() => {
    const fallbacks = reference.data?.fallbacks ?? [];
    if (fallbacks.length) add(fallbacks);
  }, [reference.data, add]);
  useEffect(() => {
    const fallbacks = register.data?.fallbacks ?? [];
    if (fallbacks.length) add(fallbacks);
  }, [register.data, add]);
}
