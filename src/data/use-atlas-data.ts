import { useQuery } from '@tanstack/react-query';
import type { Indicator } from '../domain';
import { parseCatalogue } from './catalogue';
import { fetchDataFile } from './fetch-data-file';
import { FileError } from './parse-csv';
import { readIndicatorFile } from './read-indicator-file';
import { parseAreas, parseIcbs, parseProviders, type Reference } from './reference';

export function useCatalogue() {
  return useQuery({
    queryKey: ['catalogue'],
    queryFn: async ({ signal }) => {
      const text = await fetchDataFile('catalogue.json', signal);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new FileError('catalogue.json', `is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
      }
      return parseCatalogue(json);
    },
  });
}

export function useReference(paths: { areas: string; icbs: string; providers: string } | undefined) {
  return useQuery({
    queryKey: ['reference', paths],
    enabled: paths !== undefined,
    queryFn: async ({ signal }): Promise<Reference> => {
      if (!paths) throw new Error('no reference paths');
      const [areas, icbs, providers] = await Promise.all([
        fetchDataFile(paths.areas, signal),
        fetchDataFile(paths.icbs, signal),
        fetchDataFile(paths.providers, signal),
      ]);
      return {
        areas: parseAreas(areas, paths.areas),
        icbs: parseIcbs(icbs, paths.icbs),
        providers: parseProviders(providers, paths.providers),
      };
    },
  });
}

export function useIndicatorData(indicator: Indicator | undefined) {
  return useQuery({
    queryKey: ['indicator-data', indicator?.id, indicator?.file],
    enabled: indicator !== undefined,
    queryFn: async ({ signal }) => {
      if (!indicator) throw new Error('no indicator');
      return readIndicatorFile(await fetchDataFile(indicator.file, signal), indicator);
    },
  });
}
