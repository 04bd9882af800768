// Zod compiles object schemas with `new Function` where it may, and probes for that when a schema is defined. Pages
// forbid eval (their Content-Security-Policy) and the browser reports even the probe as a violation, so in the
// browser Zod parses without compiling. This module is root.tsx's first import: ES modules run in import order,
// so this runs before any module that defines a schema. The server keeps the faster compiled parsers.
import { config } from "zod/v4/core";

if (typeof document !== "undefined") config({ jitless: true });
