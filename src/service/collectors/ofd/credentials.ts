import { KktError } from '../../errors';

/** KKT_OFD_<ACCOUNT>_<FIELD>: account "shop-1" and field apiKey give KKT_OFD_SHOP_1_API_KEY. */
export function credentialVariable(account: string, field: string): string {
  const name = account.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  const key = field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
  return `KKT_OFD_${name}_${key}`;
}

/**
 * A credential from the account's configuration (where ${VAR} was already expanded), else from the
 * environment. Missing credentials are the user's to fix; the message names both places.
 */
export function credential(
  account: string,
  field: string,
  configured: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): string {
  const variable = credentialVariable(account, field);
  const value = configured ?? env[variable];
  if (!value) {
    throw new KktError('OFD_CREDENTIALS_MISSING', `set ${field} of collectors.ofd "${account}" or ${variable}`, {
      source: 'user',
    });
  }
  return value;
}

/** Where the refused credentials are set: the account's settings and the variables that stand in for them. */
export function credentialHint(account: string, fields: readonly string[]): string {
  const variables = fields.map((field) => credentialVariable(account, field)).join(', ');
  return `check ${wordList(fields)} of collectors.ofd "${account}" (or ${variables})`;
}

function wordList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
