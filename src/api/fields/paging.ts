import { DEFAULT_PAGE } from '../../cypher/paging';
import type { Args } from './kinds';

/** The rows a page asks for: `first` or `last`, else the default page. */
export function pageSize(args: Args): number {
  const size = args.first ?? args.last;
  return typeof size === 'number' ? size : DEFAULT_PAGE;
}
