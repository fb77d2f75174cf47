import type { z } from './zod';
import { alternativesFeedSchema } from './alternative';
import type { FeedKind } from './content-manifest';
import { emancipationsFeedSchema } from './emancipation';
import { providersFeedSchema } from './provider';
import { resourcesFeedSchema } from './resource';

// Every content feed's zod schema, by kind: what the content sync checks a downloaded version
// against, and what scripts/build-content.js checks the demo data files against before writing
// the build's feed.

/** Each feed kind's schema, in the order the feeds are listed. */
export const feedSchemas = {
	providers: providersFeedSchema,
	resources: resourcesFeedSchema,
	alternatives: alternativesFeedSchema,
	emancipations: emancipationsFeedSchema
} as const satisfies Record<FeedKind, z.ZodType<{ items: unknown[] }>>;

/** Every feed kind, in that order. */
export const feedKinds = Object.keys(feedSchemas) as FeedKind[];

/** Each feed's items, as its schema outputs them. */
export type FeedItems = { [K in FeedKind]: z.output<(typeof feedSchemas)[K]>['items'] };
