import { createHash } from 'node:crypto';

/**
 * Cluster ids come from content, so a restart and every replica name a cluster alike: a condition's id
 * from its key ("fn:0x14"), a template cluster's from the template it started with. A cluster that took
 * in variants of a message keeps the name of the variant it started with, so a replica that saw another
 * variant first may name it differently.
 */
export function conditionClusterId(condition: string): string {
  return digest(`condition\u0000${condition}`);
}

export function templateClusterId(templateKey: string): string {
  return digest(`template\u0000${templateKey}`);
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
