// The app's one entry to zod. Under the app's Content-Security-Policy (no eval), zod must not try
// `new Function` to compile its parsers: the browser reports the attempt as a policy violation
// even though zod catches it. `jitless` makes zod interpret its schemas instead.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
