// Worker threads do not inherit the parent's module hooks, so each worker registers tsx
// itself before loading the TypeScript worker body (the server runs without a build step).
import { register } from "tsx/esm/api";

register();
await import("./app-worker.ts");
