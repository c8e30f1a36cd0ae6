// What a content script reports about the Box page it runs on (`getPageFiles`).
import * as z from 'zod/mini';
import { wholeCheck } from './whole';
import { FOLDER_ID } from '../box-ids';
import { FileIdSchema } from './box';

/** A folder (the root, 0, among them), note, web link or hub the page points at. */
const BoxItemIdSchema = z.string().check(z.regex(FOLDER_ID, 'not a Box item ID'));

export const PageFilesSchema = z.object({
  /** Files the page shows, the ones the user most likely means first: selected, previewed, listed. */
  files: z.array(
    z.object({
      id: FileIdSchema,
      name: z.nullable(z.string()),
      /** Why the file is reported (absent from older content scripts). */
      source: z.optional(z.enum(['selected', 'preview', 'listed'])),
    }),
  ),
  pageUrl: z.string(),
  /** The shared/vanity link the page is viewed through: Box needs it (BoxApi header) for files shared with the user. */
  sharedLink: z.optional(z.nullable(z.string())),
  /** A shared link whose item the page does not reveal: resolve it with `GET /2.0/shared_items`. */
  unresolved: z.optional(z.nullable(z.object({ sharedLink: z.string() }))),
  /** Items the user points at (the page's item or selected rows) that Box Sign cannot take, and why. */
  notSignable: z.optional(
    z.array(
      z.object({
        type: z.enum(['folder', 'note', 'web_link', 'hub']),
        id: BoxItemIdSchema,
        name: z.nullable(z.string()),
        reason: z.string(),
      }),
    ),
  ),
  /** The folder the page lists, when known (a natural destination for the signed copies). */
  folder: z.optional(z.nullable(z.object({ id: BoxItemIdSchema, name: z.nullable(z.string()) }))),
  /** Listed, unselected files left out of `files` to keep the message small. */
  omitted: z.optional(z.number().check(wholeCheck(), z.nonnegative())),
});
export type PageFiles = z.infer<typeof PageFilesSchema>;
