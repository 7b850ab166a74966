import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../core/fs/atomic-write';

/** Window size and position, remembered between runs (in the data directory). */
const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10_000),
  height: z.number().int().min(480).max(10_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };

export async function loadWindowState(dataDir: string): Promise<WindowState> {
  try {
    const parsed = stateSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(dataDir, 'window-state.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(path.join(dataDir, 'window-state.json'), JSON.stringify(state));
}
