// Types of build.mjs, for bench/ and test/ (the script itself runs before any TypeScript can).
import type { BuildOptions } from "esbuild";

export declare const DIST: string;
export declare function buildHash(): string;
export declare function currentBuild(hash?: string): string | null;
export declare function bundle(outdir: string, options?: BuildOptions): Promise<void>;
export declare function ensureBuild(): Promise<string>;
