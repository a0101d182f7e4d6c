/** A value that can be attached to a callback as user data. */
export type CallbackUserDataValue = string | number | boolean;

/**
 * Attached data (Genesys "user data") sent with a callback: a flat object whose keys are
 * identifiers (`/^[A-Za-z_$][\w$]*$/`) and whose values are strings, numbers or booleans.
 */
export type CallbackUserData = Readonly<Record<string, CallbackUserDataValue>>;
