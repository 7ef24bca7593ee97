import ExcelJS from "exceljs";
import { GipodResponseError } from "../errors.js";

/** Loads a workbook from bytes or a file path. */
export async function loadWorkbook(
  input: Uint8Array | ArrayBuffer | string,
  source: string,
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (typeof input === "string") await workbook.xlsx.readFile(input);
    else
      await workbook.xlsx.load(
        (input instanceof Uint8Array
          ? Buffer.from(input.buffer, input.byteOffset, input.byteLength)
          : Buffer.from(input)) as never,
      );
  } catch (cause) {
    throw new GipodResponseError(
      "(file)",
      `not a readable .xlsx workbook (${(cause as Error)?.message ?? "error"})`,
      source,
      { cause },
    );
  }
  return workbook;
}
