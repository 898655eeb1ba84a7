import { AppError } from '../app/errors.js';
import type { CliRuntime } from './output.js';

/**
 * Batch mode: reads one JSON object per line, writes one JSON result per line, in order. A line
 * that cannot be analysed gets `{"id"?, "error"}` and the batch goes on; blank lines are skipped.
 */
export async function mapJsonLines(
  runtime: CliRuntime,
  handle: (input: unknown) => unknown,
): Promise<{ lines: number; errors: number }> {
  let buffer = '';
  let lines = 0;
  let errors = 0;
  let lineNumber = 0;
  for await (const line of runtime.stdinLines()) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    lines += 1;
    let result: unknown;
    try {
      result = handle(parseLine(line, lineNumber));
    } catch (error) {
      errors += 1;
      result = { ...idOf(line), error: errorMessage(error, lineNumber) };
    }
    buffer += `${JSON.stringify(result)}\n`;
    if (buffer.length > 64 * 1024) {
      runtime.write(buffer);
      buffer = '';
    }
  }
  runtime.write(buffer);
  return { lines, errors };
}

class LineError extends Error {}

function parseLine(line: string, lineNumber: number): unknown {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new LineError(
      `line ${lineNumber}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LineError(`line ${lineNumber}: expected a JSON object`);
  }
  return value;
}

/** The input's id, when the line is an object with one, so that errors can be matched to inputs. */
function idOf(line: string): { id?: unknown } {
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value === 'object' && value !== null && 'id' in value) {
      const id = value.id;
      if (typeof id === 'string' || typeof id === 'number') return { id };
    }
  } catch {
    // Not JSON: no id to report.
  }
  return {};
}

function errorMessage(error: unknown, lineNumber: number): string {
  if (error instanceof LineError) return error.message;
  if (error instanceof AppError) return `line ${lineNumber}: ${error.message}`;
  return `line ${lineNumber}: could not analyse (${error instanceof Error ? error.message : String(error)})`;
}
