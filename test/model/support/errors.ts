import { EdgeConfigError } from "../../../lib/errors";

/** The parts of an EdgeConfigError a test pins. */
export interface ExpectedError {
  readonly path: string;
  readonly problem: string;
  readonly value: string;
  readonly expected: string;
}

/** Runs `fn`, asserts it throws an EdgeConfigError and that its full message is the expected one. */
export function expectEdgeError(fn: () => unknown, want: ExpectedError): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(EdgeConfigError);
  const error = caught as EdgeConfigError;
  expect({ path: error.path, value: error.value, expected: error.expected }).toEqual({
    path: want.path,
    value: want.value,
    expected: want.expected,
  });
  expect(error.message).toBe(`${want.path}: ${want.problem} (got ${want.value}); expected ${want.expected}`);
}
