// Validates a Forge manifest offline with @forge/manifest's processors, as `forge lint` would
// (the CLI itself needs an Atlassian login). Usage: node scripts/validate-manifest.mjs [file].
// Exits 1 on any error. Run it after `npm run build`: missing resource folders are errors.
import path from 'node:path';
import process from 'node:process';

import forgeManifest from '@forge/manifest';

const { ProcessorBuilder, ValidationTypes } = forgeManifest;

const VALIDATIONS = [
  ValidationTypes.FULL,
  ValidationTypes.PRODUCT_TRIGGER,
  ValidationTypes.DEPRECATED_CSP_METHOD,
  ValidationTypes.DEPRECATED_EGRESS_PERMISSIONS,
];

/** Runs every processor on the manifest and returns the errors found, labelled by processor. */
export async function validateManifest(file) {
  const errors = [];
  for (const type of VALIDATIONS) {
    const processor = ProcessorBuilder.instance().withValidation(type).build();
    const result = await processor.process(file);
    for (const error of result.errors ?? []) {
      errors.push(`[${type}] ${error.level} line ${error.line ?? '?'}: ${error.message}`);
    }
    if (!result.success && (result.errors ?? []).length === 0) {
      errors.push(`[${type}] validation failed without a message`);
    }
  }

  return errors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.resolve(process.argv[2] ?? 'manifest.yml');
  const errors = await validateManifest(file);
  for (const line of errors) process.stdout.write(`${line}\n`);
  process.stdout.write(
    errors.length === 0
      ? `manifest valid: ${path.basename(file)}\n`
      : `${errors.length} manifest error(s)\n`,
  );
  process.exit(errors.length === 0 ? 0 : 1);
}
