import { z } from 'zod';

// zod compiles fast object parsers with `new Function` when it may; the CSP
// (script-src 'self', no 'unsafe-eval') refuses that, and even zod's probe for
// it is reported as a violation. Schemas read the setting when they are made,
// at module load, so main.tsx imports this module before any other.
z.config({ jitless: true });
