import type { SchematicContext } from '@angular-devkit/schematics';

/**
 * What a migration run changed and what it left for the user, printed as one block at the
 * end so the two lists read together.
 */
export class MigrationSummary {
  private readonly changes: string[] = [];
  private readonly leftovers: string[] = [];

  /** Records a change the run makes. */
  changed(sentence: string): void {
    this.changes.push(sentence);
  }

  /** Records something the user still has to do or decide, with the reason. */
  left(sentence: string): void {
    this.leftovers.push(sentence);
  }

  /** Prints the summary: one line per change, then one per item left. */
  print(logger: SchematicContext['logger'], projectName: string): void {
    logger.info(`Migrating "${projectName}" from Genesys Widgets:`);
    if (this.changes.length === 0) logger.info('  Changed: nothing.');
    for (const change of this.changes) logger.info(`  Changed: ${change}`);
    for (const leftover of this.leftovers) logger.info(`  Left for you: ${leftover}`);
  }
}
