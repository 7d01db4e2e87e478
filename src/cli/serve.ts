import { serve } from "../serve/main.js";

export async function run(): Promise<void> {
  await serve();
}
